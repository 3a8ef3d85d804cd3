import { justeringEntryLabel, justeringStatusLabel, partyName, WORDS } from '../format/labels.js';
import type { JusteringBlock } from '../model/index.js';
import { type Block, heading, line, type SectionBlock } from './blocks.js';

/**
 * The justering of the protocol (or of the protocol an utdrag is taken from): the status, who
 * justerar for which party and where they stand, and the hash of the text they approved, so a
 * printed copy can be checked against the stored one.
 */
export function justeringSection(justering: JusteringBlock): SectionBlock {
  const blocks: Block[] = [
    heading(2, WORDS.justering),
    line(justeringStatusLabel(justering), 'justering-status'),
  ];
  if (justering.entries.length > 0) {
    blocks.push({
      kind: 'table',
      style: 'justering',
      columns: [{ label: WORDS.justerare }, { label: WORDS.justeringFor }, { label: WORDS.status }],
      rows: justering.entries.map((entry) => [
        { text: entry.name },
        { text: partyName(entry.party) },
        entry.comment
          ? { text: justeringEntryLabel(entry), notes: [entry.comment] }
          : { text: justeringEntryLabel(entry) },
      ]),
    });
  }
  if (justering.textHash) {
    blocks.push({ kind: 'labelled', style: 'hash', label: WORDS.textHash, text: justering.textHash });
  }
  return { kind: 'section', style: 'justering', blocks, keepTogether: true };
}
