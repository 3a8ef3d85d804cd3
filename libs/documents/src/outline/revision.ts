import { omittedItemsNotice, revisionLabel, WORDS } from '../format/labels.js';
import type { RevisionInfo } from '../model/index.js';
import { line, type LineBlock } from './blocks.js';

/** Which revision this is, so a printed copy says whether it is final, and whether it was replaced. */
export function revisionLines(revision: RevisionInfo): LineBlock[] {
  const lines =
    revision.revision === 0 || revision.kind === 'utkast'
      ? [line(WORDS.draft, 'draft')]
      : [line(revisionLabel(revision), 'revision')];
  if (revision.superseded) lines.push(line(WORDS.superseded, 'superseded'));
  return lines;
}

/** The public version's notice of what it left out; nothing in the members' version. */
export function omittedNotice(omittedItems: number): LineBlock[] {
  return omittedItems > 0 ? [line(omittedItemsNotice(omittedItems), 'public')] : [];
}
