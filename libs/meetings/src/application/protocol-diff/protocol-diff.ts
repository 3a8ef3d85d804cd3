import { diffWords } from 'diff';
import {
  CORRECTABLE_RECORDS,
  type CorrectableRecord,
  type MeetingState,
  recordsOf,
} from '../../domain/index.js';

/** A run of words in a diff: kept, added in the later revision, or removed from the earlier one. */
export interface DiffSegment {
  change: 'same' | 'added' | 'removed';
  text: string;
}

export interface RecordDiff {
  record: CorrectableRecord;
  /** The whole text in each revision ('' where there was none). */
  before: string;
  after: string;
  segments: DiffSegment[];
}

export interface ParagraphDiff {
  itemId: string;
  paragraph: number;
  title: string;
  /** A confidential item read from outside the group: that it changed, not how. */
  omitted?: true;
  records: RecordDiff[];
}

export interface ProtocolDiff {
  meetingId: string;
  from: number;
  to: number;
  /** The §§ whose texts differ (every § with `all`), in § order. */
  paragraphs: ParagraphDiff[];
}

const textOf = (state: MeetingState, itemId: string, record: CorrectableRecord) =>
  recordsOf(state, itemId)[record]?.text ?? '';

/**
 * Two revisions side by side per §: for each recorded text (information, dialog, decision) that
 * differs, the words kept, added and removed, from jsdiff's word diff (å, ä and ö are letters to
 * it, so "möte" → "mötet" is one word changed, not a split). A hidden item says only that it
 * changed.
 */
export function protocolDiff(
  meetingId: string,
  from: { revision: number; state: MeetingState },
  to: { revision: number; state: MeetingState },
  hidden: ReadonlySet<string>,
  all = false,
): ProtocolDiff {
  const items = Object.entries(to.state.paragraphs).sort(([, a], [, b]) => a - b);
  const paragraphs = items.flatMap(([itemId, paragraph]): ParagraphDiff[] => {
    const title = to.state.agenda.find((item) => item.itemId === itemId)?.title ?? '';
    const records = CORRECTABLE_RECORDS.flatMap((record): RecordDiff[] => {
      const before = textOf(from.state, itemId, record);
      const after = textOf(to.state, itemId, record);
      if (before === after && (!all || after === '')) return [];
      return [{ record, before, after, segments: segmentsOf(before, after) }];
    });
    const changed = records.some(({ before, after }) => before !== after);
    if (!changed && !all) return [];
    if (hidden.has(itemId)) return [{ itemId, paragraph, title: '', omitted: true, records: [] }];
    return [{ itemId, paragraph, title, records }];
  });
  return { meetingId, from: from.revision, to: to.revision, paragraphs };
}

function segmentsOf(before: string, after: string): DiffSegment[] {
  return diffWords(before, after).map((change) => ({
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
