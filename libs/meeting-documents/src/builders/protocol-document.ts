import type {
  AttendanceGroup,
  JusteringBlock,
  ProtocolAttendance,
  ProtocolDocument,
  ProtocolParagraph,
  ProtocolSection,
} from '#libs/documents';
import {
  PROCEDURAL_PARAGRAPHS,
  actingInRole,
  latestRevision,
  protocolStatus,
  recordsOf,
} from '#libs/meetings';
import type { AttendanceEntry, MeetingState } from '#libs/meetings';
import { definedOnly, describeParty, sameParty, type Party } from '#libs/shared-kernel';
import {
  currentRevision,
  documentParty,
  type GroupContext,
  itemOrigin,
  meetingHeader,
  names,
  swedishList,
} from './document-context.js';
import { itemContent, PROTOCOL_HEADINGS } from './item-content.js';

/**
 * The protocol of the meeting's latest revision (revision 0, the draft, until it is closed). Items
 * get their § at close; the procedural paragraphs §1–§3 are always there.
 */
export function buildProtocolDocument(state: MeetingState, group: GroupContext): ProtocolDocument {
  const chairs = names(actingInRole(state, 'ordförande'));
  const items = itemParagraphs(state);
  const numbered = items.filter((paragraph) => paragraph.paragraph !== undefined);
  return definedOnly({
    kind: 'protokoll' as const,
    header: meetingHeader(state, group),
    revision: currentRevision(state),
    attendance: attendanceOf(state),
    ordforande: chairs,
    sekreterare: names(actingInRole(state, 'sekreterare')),
    justerare: state.justerare.map(({ person, party }) => ({
      name: person.name,
      party: documentParty(party),
    })),
    scope:
      state.status === 'closed'
        ? { first: 1, last: Math.max(PROCEDURAL_PARAGRAPHS.length, ...numbered.map((p) => p.paragraph!)) }
        : undefined,
    sections: [{ paragraphs: proceduralParagraphs(state, chairs) }, ...sectionsOf(items)],
    closedAt: state.closedAt,
    // A meeting without justering (an APT's notes) has no justering block at all.
    justering: state.rules.justering === 'off' ? undefined : justeringBlock(state, latestRevision(state)),
    omittedItems: 0,
  });
}

function proceduralParagraphs(state: MeetingState, chairs: string[]): ProtocolParagraph[] {
  const [opening, justerare, agenda] = PROCEDURAL_PARAGRAPHS;
  const appointed = state.justerare.map(({ person, party }) => `${person.name} för ${describeParty(party)}`);
  const paragraph = (number: number, title: string, text?: string): ProtocolParagraph =>
    definedOnly({
      paragraph: number,
      itemId: `procedural-${number}`,
      title,
      kind: 'stående punkt',
      text,
      statements: [],
      followUps: [],
      protokollsanteckningar: [],
    });
  return [
    paragraph(1, opening, chairs.length > 0 ? `${swedishList(chairs)} öppnar mötet.` : undefined),
    paragraph(2, justerare, justerareText(state, appointed)),
    paragraph(3, agenda, state.agenda.length > 0 ? 'Dagordningen fastställs.' : undefined),
  ];
}

function justerareText(state: MeetingState, appointed: string[]): string | undefined {
  // The § keeps its number (items start at § 4 for every group) and says why it is empty.
  if (state.rules.justering === 'off') return 'Minnesanteckningarna justeras inte.';
  return appointed.length > 0 ? `Till justerare utses ${swedishList(appointed)}.` : undefined;
}

function itemParagraphs(state: MeetingState): ProtocolParagraph[] {
  return state.agenda.map((item) =>
    definedOnly({
      paragraph: state.paragraphs[item.itemId],
      itemId: item.itemId,
      title: item.title,
      kind: item.kind,
      presenter: item.presenter?.name,
      proposedBy: item.proposer.side === 'union' ? documentParty(item.proposer) : undefined,
      origin: itemOrigin(item.origin),
      ...itemContent(recordsOf(state, item.itemId), state.rules.formalParties),
    }),
  );
}

/** A heading starts wherever the kind of item changes; the agenda order is kept. */
function sectionsOf(paragraphs: ProtocolParagraph[]): ProtocolSection[] {
  const sections: ProtocolSection[] = [];
  for (const paragraph of paragraphs) {
    const heading = PROTOCOL_HEADINGS[paragraph.kind as keyof typeof PROTOCOL_HEADINGS] ?? paragraph.kind;
    const last = sections.at(-1);
    if (last?.heading === heading) last.paragraphs.push(paragraph);
    else sections.push({ heading, paragraphs: [paragraph] });
  }
  return sections;
}

/**
 * Present and absent people grouped by party: the employer first, then the unions in the tenant's
 * order. An APT has no formal parties: everyone is listed together, as its medarbetare, with the
 * manager's role shown ("ledamot" says nothing there and is left out).
 */
function attendanceOf(state: MeetingState): ProtocolAttendance {
  const members = state.attendance.filter((entry) => entry.role !== 'adjungerad');
  const { formalParties } = state.rules;
  const parties: (Party | undefined)[] = formalParties
    ? [
        { side: 'employer' },
        ...state.unionOrganisations.map((organisation): Party => ({ side: 'union', organisation })),
      ]
    : [undefined];
  const nameOf = (personId: string | undefined) =>
    state.attendance.find((entry) => entry.person.personId === personId)?.person.name;
  const roleOf = (entry: AttendanceEntry) =>
    !formalParties && entry.role === 'ledamot' ? undefined : entry.role;
  const grouped = (presence: AttendanceEntry['presence']): AttendanceGroup[] =>
    parties.flatMap((party) => {
      const people = members
        .filter((entry) => entry.presence === presence && (!formalParties || sameParty(entry.party, party)))
        .map((entry) =>
          definedOnly({ name: entry.person.name, role: roleOf(entry), replaces: nameOf(entry.replaces) }),
        );
      if (people.length === 0) return [];
      return [party ? { party: documentParty(party), people } : { people }];
    });
  return {
    present: grouped('present'),
    absent: grouped('absent'),
    adjungerade: state.attendance
      .filter((entry) => entry.role === 'adjungerad' && entry.presence === 'present')
      .map((entry) => ({ name: entry.person.name, role: 'adjungerad' })),
  };
}

const JUSTERING_STATUS = {
  'no protocol': 'utkast',
  'awaiting justering': 'väntar på justering',
  'change requested': 'ändring begärd',
  justerat: 'justerat',
} as const;

/** Where the justering of one revision stands: each appointed justerare's approval or decline. */
export function justeringBlock(state: MeetingState, revision: number): JusteringBlock {
  const justerat = state.justeringar.find((entry) => entry.revision === revision);
  return definedOnly({
    status: JUSTERING_STATUS[protocolStatus(state)],
    entries: state.justerare.map(({ person, party }) => {
      const matches = (entry: { revision: number; justerare: { personId: string } }) =>
        entry.revision === revision && entry.justerare.personId === person.personId;
      const approval = state.approvals.find(matches);
      const decline = state.declines.find(matches);
      return definedOnly({
        name: person.name,
        party: documentParty(party),
        state: approval ? ('justerat' as const) : decline ? ('avböjt' as const) : ('väntar' as const),
        at: approval?.at ?? decline?.at,
        comment: decline?.comment,
      });
    }),
    textHash: justerat?.textHash,
    justeratAt: justerat?.at,
  });
}
