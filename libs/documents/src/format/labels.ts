/**
 * The Swedish wording every format prints around the model's values (HTML templates, PDF, .ics):
 * kinds, revisions, justering states, origins, deferrals, omitted items. One place, so a protocol
 * reads the same on screen, on paper and in a calendar. Plain strings; each renderer escapes them.
 */
import type {
  DocumentKind,
  DocumentParty,
  ItemOrigin,
  JusteringBlock,
  JusteringEntry,
  MeetingHeader,
  RevisionInfo,
} from '../model/index.js';
import {
  stockholmDate,
  stockholmDateTime,
  stockholmTime,
  stockholmTimeRange,
  swedishLongDate,
  tableDate,
} from './swedish-dates.js';

/** The fixed words: headings, labels of the meeting's facts, table columns. */
export const WORDS = {
  organisation: 'Organisation',
  group: 'Samverkansgrupp',
  workplaceMeeting: 'Arbetsplatsträff',
  medarbetare: 'Medarbetare',
  forvaltning: 'Förvaltning',
  unit: 'Enhet',
  protocolNumber: 'Protokoll',
  meetingNumber: 'Mötesnummer',
  /** In place of the number before closing: numbers follow the meetings as they are held. */
  numberAtClosing: 'ges när mötet avslutas',
  dnr: 'Dnr',
  time: 'Tid',
  place: 'Plats',
  videoLink: 'Videolänk',
  present: 'Närvarande',
  absent: 'Frånvarande',
  adjungerade: 'Adjungerade',
  ordforande: 'Ordförande',
  sekreterare: 'Sekreterare',
  justerare: 'Justerare',
  notGiven: 'Ej angiven',
  notAppointed: 'Ej utsedda',
  noItems: 'Inga ärenden.',
  chair: 'Ordförande:',
  followUp: 'Uppföljning',
  followUpAction: 'Åtgärd',
  responsible: 'Ansvarig',
  dueBy: 'Senast',
  justering: 'Justering',
  justeringFor: 'Justerar för',
  status: 'Status',
  textHash: 'Kontrollsumma för den justerade texten:',
  agenda: 'Dagordning',
  agendaNumber: '§',
  agendaItem: 'Ärende',
  agendaKind: 'Typ',
  presenter: 'Föredragande',
  proposedBy: 'Anmäld av',
  agendaTime: 'Tid',
  totalTime: 'Beräknad tid totalt',
  cancelled: 'INSTÄLLT',
  completed: 'Mötet är genomfört; protokollet ersätter kallelsen.',
  superseded: 'Detta är en äldre revision. En senare revision har ersatt den.',
  draft: 'Utkast – inte fastställt eller justerat.',
  protokollsutdrag: 'Protokollsutdrag',
} as const;

/** "den 25 februari 2019 kl. 08.30–11.00": when the meeting is, in prose. */
export function meetingTimeLabel(header: MeetingHeader): string {
  return `${swedishLongDate(header.date)} kl. ${stockholmTimeRange(header.startsAt, header.endsAt)}`;
}

/** "15 min", in the agenda and in the invitation. */
export const minutesLabel = (minutes: number): string => `${minutes} min`;

/** "Punkten är anmäld av Kommunal.": only a union's item is marked; the employer's are the rule. */
export function proposedBySentence(party: DocumentParty | undefined): string | undefined {
  return party?.side === 'union' ? `Punkten är anmäld av ${partyName(party)}.` : undefined;
}

/** The members' version marks a confidential item, so nobody forwards it by mistake. */
export function confidentialItemNote(reason: string | undefined): string {
  return `Sekretessbelagd punkt${reason ? ` (${reason})` : ''}: redovisas inte i den offentliga versionen.`;
}

/** "X är frånvarande, Y ersätter." as seed 002 writes it; without a substitute only the first half. */
export function substitutionSentence(absent: string, substitute: string | undefined): string {
  return substitute ? `${absent} är frånvarande, ${substitute} ersätter.` : `${absent} är frånvarande.`;
}

export const scopeLabel = (first: number, last: number): string =>
  `Protokollets omfattning §${first}–§${last}`;

export const closedAtSentence = (closedAt: string): string =>
  `Mötet avslutades kl. ${stockholmTime(closedAt)}.`;

/** When the protocol came to exist (the meeting was closed in the service), which may be hours later. */
export const protocolMadeSentence = (closedAt: string): string =>
  `Protokollet upprättades ${swedishLongDate(stockholmDate(closedAt))} kl. ${stockholmTime(closedAt)}.`;

/** "Protokoll 7/19"; a meeting not yet closed has no number, and the text stands alone. */
export const withProtocolNumber = (text: string, protocolNumber: string): string =>
  protocolNumber ? `${text} ${protocolNumber}` : text;

export const statementLead = (party: DocumentParty): string => `${partyName(party)}:`;

export const protokollsanteckningLead = (party: DocumentParty): string =>
  `Protokollsanteckning från ${partyName(party)}:`;

/** "Mötet den 25 mars 2019 är inställt. <reason>" */
export function cancelledSentence(date: string, reason: string | undefined): string {
  return `Mötet ${swedishLongDate(date)} är inställt.${reason ? ` ${reason}` : ''}`;
}

export const cancelledAtLabel = (at: string): string => `Inställt ${stockholmDateTime(at)}`;

/**
 * Which agenda version the kallelse shows, and whether it is the one that was sent. Version 0 is
 * the agenda the meeting got when scheduled (its form's procedural items and what was carried
 * over) before anyone set one: it has no number worth naming.
 */
export function agendaVersionSentence(
  agendaVersion: number,
  issued: { agendaVersion: number; at: string } | undefined,
): string {
  const version = agendaVersion === 0 ? '' : `Dagordning version ${agendaVersion}. `;
  if (!issued) return `${version}Kallelsen är ännu inte skickad.`;
  const sent = stockholmDateTime(issued.at);
  if (issued.agendaVersion === agendaVersion) return `${version}Kallelsen skickades ${sent}.`;
  const sentVersion = issued.agendaVersion === 0 ? '' : ` med version ${issued.agendaVersion}`;
  return `${version}Dagordningen har ändrats sedan kallelsen skickades ${sent}${sentVersion}.`;
}

/** "Samverkansgrupp", or "Arbetsplatsträff" for an APT, which is no samverkansgrupp. */
export const meetingKindLabel = (header: MeetingHeader): string =>
  header.arbetsplatstraff ? WORDS.workplaceMeeting : WORDS.group;

/** The group with its förvaltning, as seed 002 names it: "FSG/VSG – Socialförvaltningen". */
export function groupWithForvaltning(header: MeetingHeader): string {
  return header.forvaltning ? `${header.groupLevels} – ${header.forvaltning}` : header.groupName;
}

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

/** "§ 7, 2019-02-25", or "mötet 2019-02-25" before the § is known. */
const whereLabel = (origin: Pick<ItemOrigin, 'paragraph' | 'date'>): string =>
  origin.paragraph !== undefined
    ? `§ ${origin.paragraph}, ${tableDate(origin.date)}`
    : `mötet ${tableDate(origin.date)}`;

/**
 * What marks a returning item: "Bordlagd från § 11, 2019-02-25 – <reason>" or "Uppföljning från
 * § 8, 2019-02-25, senast 2019-03-25".
 */
export function returningLabel(origin: ItemOrigin): string {
  if (origin.kind === 'deferred') {
    return `Bordlagd ${originLabel(origin)}${origin.reason ? ` – ${origin.reason}` : ''}`;
  }
  // "Överlämnat från APT Hemtjänst Norr, § 4, 2019-03-04: <the question>"
  if (origin.kind === 'escalated') {
    const question = origin.question ? `: ${origin.question}` : '';
    return `Överlämnat från ${origin.group ?? 'gruppen'}, ${whereLabel(origin)}${question}`;
  }
  // "Svar från VSG Hemtjänst, § 5, 2019-03-18 (överlämnat från § 4, 2019-03-04): <the answer>"
  if (origin.kind === 'answer') {
    const { raised: at } = origin;
    const raised = at
      ? ` (överlämnat ${originLabel({ kind: origin.kind, date: at.date, paragraph: at.paragraph })})`
      : '';
    return `Svar från ${origin.group ?? 'gruppen'}, ${whereLabel(origin)}${raised}: ${origin.answer ?? ''}`;
  }
  return `Uppföljning ${originLabel(origin)}${origin.dueDate ? `, senast ${tableDate(origin.dueDate)}` : ''}`;
}

/** Marks what changed about a returning item: withdrawn, or new since the kallelse was sent. */
export const WITHDRAWN_NOTE = 'Utgår – punkten återkommer inte längre till detta möte';
export const ADDED_SINCE_KALLELSE_NOTE = 'Tillkommen efter att kallelsen skickades';

/** "Uppföljningsdatum flyttat från 2019-03-25 till 2019-04-29 av Sofia Hägg: <reason>" */
export function rescheduledLabel(move: { from: string; to: string; reason: string; by?: string }): string {
  const by = move.by ? ` av ${move.by}` : '';
  return `Uppföljningsdatum flyttat från ${tableDate(move.from)} till ${tableDate(move.to)}${by}: ${move.reason}`;
}

/** "Återrapporterad 2019-03-25: <text>" */
export const reportedLabel = ({ date, text }: { date: string; text: string }): string =>
  `Återrapporterad ${tableDate(date)}: ${text}`;

/** The notes under a returning item's title in the kallelse, in every format. */
export function returningNotes(item: {
  origin?: ItemOrigin;
  rescheduled?: readonly { from: string; to: string; reason: string; by?: string }[];
  reported?: readonly { date: string; text: string }[];
  withdrawn?: boolean;
  addedSinceKallelse?: boolean;
}): string[] {
  return [
    ...(item.withdrawn ? [WITHDRAWN_NOTE] : []),
    ...(item.addedSinceKallelse ? [ADDED_SINCE_KALLELSE_NOTE] : []),
    ...(item.origin ? [returningLabel(item.origin)] : []),
    ...(item.rescheduled ?? []).map(rescheduledLabel),
    ...(item.reported ?? []).map(reportedLabel),
  ];
}

/** An MBL negotiation pending: what stands where the decision would. */
export const NEGOTIATION_PENDING_NOTE =
  'Förhandling enligt MBL pågår: beslut fattas först när förhandlingen är avslutad.';

/**
 * Where an escalated item went, as the protocol says it: "Frågan överlämnas till VSG Hemtjänst:
 * <question>" or "Ärendet överlämnas till förhandling enligt MBL." (then the pending note).
 */
export function escalationSentences(escalation: {
  to?: string;
  question?: string;
  negotiation?: 'pending';
}): string[] {
  const question = escalation.question ? `: ${escalation.question}` : '.';
  if (escalation.to !== undefined) return [`Frågan överlämnas till ${escalation.to}${question}`];
  return [
    `Ärendet överlämnas till förhandling enligt MBL${question}`,
    ...(escalation.negotiation === 'pending' ? [NEGOTIATION_PENDING_NOTE] : []),
  ];
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

/** The page head on every printed page, as in seed 002: "MINNESANTECKNINGAR SAMVERKANSGRUPP". */
const PAGE_HEAD_KINDS: Record<DocumentKind, string> = {
  protokoll: 'PROTOKOLL',
  minnesanteckningar: 'MINNESANTECKNINGAR',
  kallelse: 'KALLELSE',
  protokollsutdrag: 'PROTOKOLLSUTDRAG',
};

/** "PROTOKOLL SAMVERKANSGRUPP", or "MINNESANTECKNINGAR ARBETSPLATSTRÄFF" for an APT. */
export const pageHeadTitle = (kind: DocumentKind, header: MeetingHeader): string =>
  `${PAGE_HEAD_KINDS[kind]} ${meetingKindLabel(header).toUpperCase()}`;

/** The marking under the page head's title on every page of a draft or a superseded revision. */
export function revisionMarking(revision: RevisionInfo): string | undefined {
  if (revision.revision === 0 || revision.kind === 'utkast') return 'UTKAST';
  if (revision.superseded) return `ERSATT – REVISION ${revision.revision}`;
  return undefined;
}
