/**
 * The Swedish wording every format prints around the model's values (HTML templates, PDF, .ics):
 * kinds, revisions, justering states, origins, deferrals, omitted items. One place, so a protocol
 * reads the same on screen, on paper and in a calendar. Plain strings; each renderer escapes them.
 */
import type {
  DocumentParty,
  ItemOrigin,
  JusteringBlock,
  JusteringEntry,
  RevisionInfo,
} from '../model/index.js';
import { stockholmDateTime, tableDate } from './swedish-dates.js';

const KIND_LABELS: Record<string, string> = {
  information: 'Information',
  dialog: 'Dialog',
  beslut: 'Beslut',
  förhandling: 'Förhandling',
  'stående punkt': 'Stående punkt',
  återrapportering: 'Återrapportering',
  'övrig fråga': 'Övrig fråga',
};

/** `'stående punkt'` → `'Stående punkt'`; a kind added later still prints, capitalised. */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}

export function partyName(party: DocumentParty): string {
  const name = party.name.trim();
  if (name !== '') return name;
  return party.side === 'employer' ? 'Arbetsgivaren' : 'Arbetstagarorganisation';
}

const REVISION_KIND_WORDS: Record<RevisionInfo['kind'], string> = {
  utkast: 'utkast',
  original: 'upprättad',
  revision: 'ändrad',
  rättelse: 'rättelse',
};

/**
 * `'Utkast'` for revision 0; otherwise e.g. `'Revision 2 (rättelse 2019-03-01 kl. 09.10 av Maria Ek:
 * Fel datum i § 8)'`. That a later revision replaced this one is a notice of its own.
 */
export function revisionLabel(revision: RevisionInfo): string {
  if (revision.revision === 0 || revision.kind === 'utkast') return 'Utkast';
  const details = [REVISION_KIND_WORDS[revision.kind]];
  if (revision.at) details.push(stockholmDateTime(revision.at));
  if (revision.by) details.push(`av ${revision.by}`);
  const reason = revision.reason ? `: ${revision.reason}` : '';
  return `Revision ${revision.revision} (${details.join(' ')}${reason})`;
}

/** The short form for the page foot: "Utkast", "Revision 2". */
export function revisionShortLabel(revision: RevisionInfo): string {
  return revision.revision === 0 || revision.kind === 'utkast' ? 'Utkast' : `Revision ${revision.revision}`;
}

export function justeringStatusLabel(block: JusteringBlock): string {
  switch (block.status) {
    case 'justerat':
      return block.justeratAt
        ? `Protokollet är justerat ${stockholmDateTime(block.justeratAt)}.`
        : 'Protokollet är justerat.';
    case 'väntar på justering':
      return 'Protokollet väntar på justering.';
    case 'ändring begärd':
      return 'En justerare har begärt ändring; protokollet revideras och justeras på nytt.';
    case 'utkast':
      return 'Utkast: protokollet är ännu inte klart för justering.';
  }
}

/** Where one justerare stands, in a word. */
export const JUSTERING_ENTRY_STATES: Record<JusteringEntry['state'], string> = {
  väntar: 'Väntar',
  justerat: 'Justerat',
  avböjt: 'Ändring begärd',
};

/** "Justerat 2019-02-28 kl. 09.12", "Ändring begärd …", "Väntar". */
export function justeringEntryLabel(entry: JusteringEntry): string {
  const at = entry.at && entry.state !== 'väntar' ? ` ${stockholmDateTime(entry.at)}` : '';
  return `${JUSTERING_ENTRY_STATES[entry.state]}${at}`;
}

/** Where a returning item came from: "från § 7, 2019-02-25" (or "från mötet 2019-02-25"). */
export function originLabel(origin: ItemOrigin): string {
  const date = tableDate(origin.date);
  return origin.paragraph !== undefined ? `från § ${origin.paragraph}, ${date}` : `från mötet ${date}`;
}

/**
 * What marks a returning item: "Bordlagd från § 11, 2019-02-25 – <reason>" or "Uppföljning från
 * § 8, 2019-02-25, senast 2019-03-25".
 */
export function returningLabel(origin: ItemOrigin): string {
  if (origin.kind === 'deferred') {
    return `Bordlagd ${originLabel(origin)}${origin.reason ? ` – ${origin.reason}` : ''}`;
  }
  return `Uppföljning ${originLabel(origin)}${origin.dueDate ? `, senast ${tableDate(origin.dueDate)}` : ''}`;
}

/**
 * The deferral as one sentence. Secretaries often write the whole sentence themselves, as in seed
 * 002 ("Punkten flyttas till nästa FSG/VSG då …"); only a bare reason gets the lead-in.
 */
export function deferralSentence(reason: string): string {
  const trimmed = reason.trim();
  if (/^punkten\b/i.test(trimmed)) return trimmed;
  return `Punkten bordläggs till nästa möte: ${trimmed}`;
}

/** "1 punkt är sekretessbelagd och har utelämnats." / "3 punkter är …" */
export function omittedItemsNotice(count: number): string {
  return count === 1
    ? '1 punkt är sekretessbelagd och har utelämnats i denna offentliga version.'
    : `${count} punkter är sekretessbelagda och har utelämnats i denna offentliga version.`;
}

/** What the public version prints in place of a confidential item. */
export const OMITTED_ITEM_NOTE = 'Punkten är sekretessbelagd och redovisas inte i den offentliga versionen.';
