import { DomainError } from '#libs/ddd';
import { AUTH_ERROR } from '#libs/identity';
import { isPublishedRevision, type MeetingState } from '#libs/meetings';
import type { DocumentFile } from './document-file.js';

/**
 * The revision a reader of published records (an employee who is not a member) gets: the latest
 * published one, or an earlier published one they name. The kallelse, drafts and revisions not
 * (yet) justerade are the group's own, so asking for them is refused.
 */
export function publishedRevisionFor(
  state: MeetingState,
  kind: DocumentFile['kind'],
  asked: number | undefined,
): number {
  if (kind === 'kallelse')
    throw notPublished(
      'The kallelse is for the group’s members; employees read the published protocol and notes',
    );
  const revision = asked ?? (state.publishedRevision as number);
  if (!isPublishedRevision(state, revision))
    throw notPublished(
      `Revision ${revision} is not published: employees read only justerade (or, without justering, closed) revisions`,
    );
  return revision;
}

const notPublished = (message: string) =>
  new DomainError('forbidden', AUTH_ERROR.FORBIDDEN, message, { permission: 'meeting.read-published' });
