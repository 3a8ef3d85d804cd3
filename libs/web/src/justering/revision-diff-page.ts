import type { QueryBus } from '@nestjs/cqrs';
import { tableDate } from '#libs/documents';
import type { Principal } from '#libs/identity';
import { type DiffSegment, GetMeetingQuery, GetProtocolDiffQuery, type MeetingView } from '#libs/meetings';
import { justeringPageHref } from '../documents/document-links.js';
import { RECORD_LABELS } from './justering-workflow-view.js';

/** A run of words as the page prints it: kept, or marked as added or removed. */
interface Run {
  text: string;
  added: boolean;
  removed: boolean;
}

export interface RevisionDiffPage {
  heading: string;
  backHref: string;
  revisions: { value: number; label: string; from: boolean; to: boolean }[];
  from: number;
  to: number;
  /** Both revisions are the same one: nothing to compare. */
  same: boolean;
  paragraphs: {
    heading: string;
    omitted: boolean;
    records: { label: string; before: Run[]; after: Run[] }[];
  }[];
}

const run = ({ change, text }: DiffSegment): Run => ({
  text,
  added: change === 'added',
  removed: change === 'removed',
});

const revisionLabel = (meeting: MeetingView, revision: number) => {
  const made = meeting.revisions.find((entry) => entry.revision === revision);
  const kind =
    made?.kind === 'rättelse' ? 'rättelse' : made?.kind === 'revision' ? 'revision' : 'vid mötets slut';
  return `Revision ${revision} (${kind}${made ? `, ${tableDate(made.at)}` : ''})`;
};

/**
 * /justering/{id}/andringar?fran=1&till=2: two revisions side by side per §, what was removed
 * struck through and what was added underlined (and said in words to a screen reader). Without
 * choices, the latest revision against the one before it.
 */
export async function revisionDiffPage(
  queries: QueryBus,
  principal: Principal,
  meetingId: string,
  choice: { from?: number; to?: number },
): Promise<RevisionDiffPage> {
  const meeting = await queries.execute(new GetMeetingQuery(principal, meetingId));
  const latest = meeting.protocol?.revision ?? 1;
  const to = choice.to ?? latest;
  const from = choice.from ?? Math.max(1, to - 1);
  const diff = await queries.execute(new GetProtocolDiffQuery(principal, meetingId, from, to));
  return {
    heading: `Ändringar mellan revision ${from} och ${to}`,
    backHref: justeringPageHref(meetingId),
    revisions: meeting.revisions.map(({ revision }) => ({
      value: revision,
      label: revisionLabel(meeting, revision),
      from: revision === from,
      to: revision === to,
    })),
    from,
    to,
    same: from === to,
    paragraphs: diff.paragraphs.map((paragraph) => ({
      heading: `§ ${paragraph.paragraph}${paragraph.title ? ` ${paragraph.title}` : ''}`,
      omitted: paragraph.omitted === true,
      records: paragraph.records.map((record) => ({
        label: RECORD_LABELS[record.record].replace(/^./, (first) => first.toUpperCase()),
        before: record.segments.filter(({ change }) => change !== 'added').map(run),
        after: record.segments.filter(({ change }) => change !== 'removed').map(run),
      })),
    })),
  };
}
