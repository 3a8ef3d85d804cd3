import { tableDate } from '#libs/documents';
import { composeMail } from '#libs/mail';

/** The messages of the justering workflow, each one kind in the outbox and the delivery list. */
export const JUSTERING_MAIL_KINDS = [
  'justering-request',
  'justering-proposal',
  'justering-answer',
  'justering-revision',
  'justering-done',
] as const;
export type JusteringMailKind = (typeof JUSTERING_MAIL_KINDS)[number];

/** What every message says of the protocol: whose, which, and where to read it. */
export interface ProtocolFacts {
  /** e.g. "FSG/VSG Socialförvaltningen" */
  groupName: string;
  /** e.g. "2/2019"; absent on a protocol without a number. */
  protocolNumber?: string;
  /** The meeting's start. */
  meetingStartsAt: string;
  revision: number;
  /** The justering page, absolute. */
  justeringUrl: string;
}

export type JusteringMailFacts =
  | { kind: 'justering-request'; lastDate: string; justerare: string[] }
  | {
      kind: 'justering-proposal';
      proposer: string;
      paragraph: number;
      /** Absent on a confidential item: the e-mail leaves the service, the text stays in it. */
      comment?: string;
    }
  | { kind: 'justering-answer'; paragraph: number; accepted: boolean; reason?: string; newRevision?: number }
  | { kind: 'justering-revision'; lastDate?: string }
  /** The reminder sweep's: before, on and after the last date (`late` from the day after). */
  | { kind: 'justering-reminder'; lastDate: string; late: boolean; secretaryInCopy: boolean }
  | { kind: 'justering-done' };

const protocolLabel = (protocol: ProtocolFacts) =>
  `${protocol.groupName}, ${protocol.protocolNumber ? `protokoll ${protocol.protocolNumber}` : 'protokollet'} ${tableDate(protocol.meetingStartsAt)}`;

const CONFIDENTIAL = 'Punkten är sekretessmarkerad: läs förslaget i tjänsten.';

/** One recipient's message: subject, and plain-text and HTML parts that say the same. */
export function justeringMail(recipientName: string, protocol: ProtocolFacts, facts: JusteringMailFacts) {
  const label = protocolLabel(protocol);
  const content = contentOf(label, protocol, facts);
  const { text, html } = composeMail({
    greeting: `Hej ${recipientName}!`,
    paragraphs: content.paragraphs,
    facts: [{ label: 'Revision', value: String(protocol.revision) }, ...content.facts],
    link: { href: protocol.justeringUrl, label: 'Öppna justeringen' },
    footer: content.footer,
  });
  return { subject: content.subject, text, html };
}

const AS_JUSTERARE = 'Du får detta som justerare av protokollet. Det skickas av tjänsten Samverkan.';
const AS_SECRETARY = 'Du får detta som sekreterare för mötet. Det skickas av tjänsten Samverkan.';

function contentOf(label: string, protocol: ProtocolFacts, facts: JusteringMailFacts) {
  switch (facts.kind) {
    case 'justering-request':
      return {
        subject: `Justering: ${label}, senast ${tableDate(facts.lastDate)}`,
        paragraphs: [
          `Protokollet från mötet i ${protocol.groupName} väntar på din justering.`,
          'Läs protokollet och justera det, eller föreslå en ändring i en paragraf, senast den sista dagen nedan.',
        ],
        facts: [
          { label: 'Sista dag för justering', value: tableDate(facts.lastDate) },
          { label: 'Justerare', value: facts.justerare.join(', ') },
        ],
        footer: AS_JUSTERARE,
      };
    case 'justering-proposal':
      return {
        subject: `Ändringsförslag till § ${facts.paragraph}: ${label}`,
        paragraphs: [
          `${facts.proposer} föreslår en ändring i § ${facts.paragraph}.`,
          facts.comment === undefined ? CONFIDENTIAL : `Förslaget: ${facts.comment}`,
          'Godta förslaget (det blir en ny revision som alla justerar igen) eller avslå det med en motivering.',
        ],
        facts: [{ label: 'Paragraf', value: `§ ${facts.paragraph}` }],
        footer: AS_SECRETARY,
      };
    case 'justering-answer':
      return {
        subject: `${facts.accepted ? 'Ditt förslag är godtaget' : 'Ditt förslag är avslaget'}: § ${facts.paragraph}, ${label}`,
        paragraphs: [
          facts.accepted
            ? `Sekreteraren har godtagit ditt förslag till § ${facts.paragraph}${facts.newRevision ? `: revision ${facts.newRevision} har ändringen` : ''}.`
            : `Sekreteraren har avslagit ditt förslag till § ${facts.paragraph}.`,
          ...(facts.reason === undefined ? [] : [`Motivering: ${facts.reason}`]),
          facts.accepted
            ? 'Läs den nya revisionen och justera den.'
            : 'Du kan justera protokollet som det är, eller föreslå en annan ändring.',
        ],
        facts: [{ label: 'Paragraf', value: `§ ${facts.paragraph}` }],
        footer: AS_JUSTERARE,
      };
    case 'justering-revision':
      return {
        subject: `Ny revision att justera: ${label}`,
        paragraphs: [
          `Protokollet har fått revision ${protocol.revision}. Justeringar av tidigare revisioner gäller inte längre.`,
          'Läs den nya revisionen och justera den.',
        ],
        facts: facts.lastDate ? [{ label: 'Sista dag för justering', value: tableDate(facts.lastDate) }] : [],
        footer: AS_JUSTERARE,
      };
    case 'justering-reminder':
      return {
        subject: facts.late
          ? `Försenad justering: ${label}, sista dagen var ${tableDate(facts.lastDate)}`
          : `Påminnelse om justering: ${label}, senast ${tableDate(facts.lastDate)}`,
        paragraphs: [
          facts.late
            ? `Protokollet från mötet i ${protocol.groupName} väntar fortfarande på din justering. Sista dagen har passerat.`
            : `Protokollet från mötet i ${protocol.groupName} väntar på din justering.`,
          'Läs protokollet och justera det, eller föreslå en ändring i en paragraf.',
          ...(facts.secretaryInCopy ? ['Sekreteraren får en kopia.'] : []),
        ],
        facts: [{ label: 'Sista dag för justering', value: tableDate(facts.lastDate) }],
        footer: AS_JUSTERARE,
      };
    case 'justering-done':
      return {
        subject: `Protokollet är justerat: ${label}`,
        paragraphs: [
          `Alla justerare har justerat revision ${protocol.revision}. Protokollet är nu slutligt och publicerat för dem som får läsa det.`,
        ],
        facts: [],
        footer: 'Du får detta som justerare eller sekreterare för mötet. Det skickas av tjänsten Samverkan.',
      };
  }
}
