import { createHash } from 'node:crypto';
import { canonicalJson } from '#libs/ddd';
import { latestRevision, type MeetingState } from '../../domain/index.js';

/**
 * The hash a justerare approves: of everything the protocol of the latest revision says (header,
 * attendance, justerare, agenda with § numbers, every record), in a canonical JSON form. Approvals
 * and declines are left out, so every justerare of a revision approves the same hash.
 * When the documents library renders the protocol, the hash of the rendered text replaces this.
 */
export function protocolTextHash(state: MeetingState): string {
  const { meetingId, groupId, startsAt, endsAt, place, videoLink, protocolNumber, dnr } = state;
  const content = {
    header: { meetingId, groupId, startsAt, endsAt, place, videoLink, protocolNumber, dnr },
    revision: latestRevision(state),
    attendance: state.attendance,
    justerare: state.justerare,
    agenda: state.agenda.map((item) => ({
      ...item,
      paragraph: state.paragraphs[item.itemId],
      records: state.items[item.itemId],
    })),
  };
  return `sha256:${createHash('sha256').update(canonicalJson(content)).digest('hex')}`;
}
