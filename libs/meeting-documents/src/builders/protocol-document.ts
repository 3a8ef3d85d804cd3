import type {
  AttendanceGroup,
  JusteringBlock,
  ProtocolAttendance,
  ProtocolDocument,
  ProtocolParagraph,
  ProtocolSection,
} from '#libs/documents';
import {
  actingInRole,
  lastParagraph,
  latestRevision,
  layOutProtocol,
  protocolStatus,
  recordsOf,
  safetyRepresentativeRemarks,
} from '#libs/meetings';
import type {
  AgendaItem,
  AttendanceEntry,
  LaidOutSection,
  MeetingState,
  NumberedItem,
  NumberedProcedural,
} from '#libs/meetings';
import { definedOnly, sameParty, type Party } from '#libs/shared-kernel';
import { justeradFor } from '#libs/meetings';
import { agendaSentence } from './agenda-sentence.js';
import {
  attendanceParty,
  currentRevision,
  documentForm,
  documentParty,
  type GroupContext,
  itemOrigin,
  heldMeetingHeader,
  justeradForParty,
  names,
  presentersLine,
  swedishList,
} from './document-context.js';
import { itemContent, PROTOCOL_HEADINGS } from './item-content.js';

/**
 * The protocol of the meeting's latest revision (revision 0, the draft, until it is closed), laid out
 * in the group's protocol form: its opening procedural paragraphs, the agenda in the form's sections
 * (an empty one says so), övriga frågor, then its closing paragraphs. Items get their § at close.
 */
export function buildProtocolDocument(state: MeetingState, group: GroupContext): ProtocolDocument {
  const chairs = names(actingInRole(state, 'ordförande'));
  const layout = layOutProtocol(state.agenda, documentForm(state, group));
  const closed = state.status === 'closed';
  return definedOnly({
    kind: 'protokoll' as const,
    header: heldMeetingHeader(state, group),
    revision: currentRevision(state),
    attendance: attendanceOf(state),
    ordforande: chairs,
    sekreterare: names(actingInRole(state, 'sekreterare')),
    justerare: state.justerare.map((justerare) => ({
      name: justerare.person.name,
      party: justeradForParty(justerare),
    })),
    scope: closed ? { first: 1, last: lastParagraph(layout) } : undefined,
    sections: [
      { paragraphs: layout.opening.map((procedural) => proceduralParagraph(state, chairs, procedural)) },
      ...layout.sections.map((section) => itemSection(state, section)),
      ...(layout.closing.length > 0
        ? [{ paragraphs: layout.closing.map((procedural) => proceduralParagraph(state, chairs, procedural)) }]
        : []),
    ],
    remarks: remarksOf(state),
    closedAt: state.closedAt,
    endedAt: state.endedAt,
    // A meeting without justering (an APT's notes) has no justering block at all.
    justering: state.rules.justering === 'off' ? undefined : justeringBlock(state, latestRevision(state)),
    omittedItems: 0,
  });
}

/**
 * A procedural paragraph in the group's wording, with the sentence its kind writes. The closing
 * paragraphs follow the items, so their § is known only once the items' are, at close.
 */
function proceduralParagraph(
  state: MeetingState,
  chairs: string[],
  { kind, title, paragraph }: NumberedProcedural,
): ProtocolParagraph {
  const closed = state.status === 'closed';
  const isClosing = kind === 'avslutande';
  return definedOnly({
    paragraph: isClosing && !closed ? undefined : paragraph,
    itemId: `procedural-${paragraph}`,
    title,
    kind: 'stående punkt',
    text: proceduralText(state, chairs, kind),
    statements: [],
    followUps: [],
    protokollsanteckningar: [],
  });
}

function proceduralText(
  state: MeetingState,
  chairs: string[],
  kind: NumberedProcedural['kind'],
): string | undefined {
  const chair = chairs.length > 0 ? swedishList(chairs) : undefined;
  switch (kind) {
    case 'öppnande':
      return chair ? `${chair} öppnar mötet.` : undefined;
    case 'justerare': {
      // A form that keeps the paragraph at a meeting without justering says why it is empty.
      if (state.rules.justering === 'off') return 'Minnesanteckningarna justeras inte.';
      const appointed = state.justerare.map(
        (justerare) => `${justerare.person.name} för ${justeradFor(justerare)}`,
      );
      return appointed.length > 0 ? `Till justerare utses ${swedishList(appointed)}.` : undefined;
    }
    case 'dagordning':
      return state.agenda.length > 0 ? agendaSentence(state) : undefined;
    case 'föregående protokoll':
      return 'Föregående protokoll anmäls och läggs till handlingarna.';
    case 'avslutande':
      return state.status === 'closed' && chair ? `${chair} avslutar mötet.` : undefined;
  }
}

/** A section of the form under its own heading, or a run of items of a kind no section takes. */
function itemSection(state: MeetingState, section: LaidOutSection): ProtocolSection {
  const heading =
    'formSection' in section
      ? section.formSection.heading
      : (PROTOCOL_HEADINGS[section.kind] ?? section.kind);
  return { heading, paragraphs: section.items.map((numbered) => itemParagraph(state, numbered)) };
}

function itemParagraph(state: MeetingState, { itemId, subItem }: NumberedItem): ProtocolParagraph {
  const item = state.agenda.find((candidate) => candidate.itemId === itemId) as AgendaItem;
  const content = itemContent(recordsOf(state, itemId), { item, formalParties: state.rules.formalParties });
  return definedOnly({
    paragraph: state.paragraphs[itemId],
    subItem,
    itemId,
    title: item.title,
    kind: item.kind,
    presenter: presentersLine(item),
    proposedBy: item.proposer.side === 'union' ? documentParty(item.proposer) : undefined,
    origin: itemOrigin(item.origin),
    ...content,
    // A procedural item ("Mötet avslutas") is done by being on the agenda: it notes nothing.
    outcome: item.kind === 'stående punkt' ? undefined : content.outcome,
  });
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
  // A guest without an account has no personId: an entry that replaces nobody must not find one.
  const nameOf = (personId: string | undefined) =>
    personId === undefined
      ? undefined
      : state.attendance.find((entry) => entry.person.personId === personId)?.person.name;
  // A title comes before the role, as protocols write it: "Maria Ek, förvaltningschef, ordförande".
  const roleOf = (entry: AttendanceEntry) =>
    [entry.title, !formalParties && entry.role === 'ledamot' ? undefined : entry.role]
      .filter((part) => part !== undefined)
      .join(', ') || undefined;
  const grouped = (presence: AttendanceEntry['presence']): AttendanceGroup[] =>
    parties.flatMap((party) => {
      const people = members
        .filter((entry) => entry.presence === presence && (!formalParties || sameParty(entry.party, party)))
        .map((entry) =>
          definedOnly({ name: entry.person.name, role: roleOf(entry), replaces: nameOf(entry.replaces) }),
        );
      if (people.length === 0) return [];
      return [party ? { party: attendanceParty(party, state.federations), people } : { people }];
    });
  return {
    present: grouped('present'),
    absent: grouped('absent'),
    adjungerade: state.attendance
      .filter((entry) => entry.role === 'adjungerad' && entry.presence === 'present')
      // An adjungerad is listed as such; with a title, by it: "Anna Berg, HR-specialist".
      .map((entry) => ({ name: entry.person.name, role: entry.title ?? 'adjungerad' })),
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
    entries: state.justerare.map((justerare) => {
      const { person } = justerare;
      const matches = (entry: { revision: number; justerare: { personId: string } }) =>
        entry.revision === revision && entry.justerare.personId === person.personId;
      const approval = state.approvals.find(matches);
      const decline = state.declines.find(matches);
      return definedOnly({
        name: person.name,
        party: justeradForParty(justerare),
        state: approval ? ('justerat' as const) : decline ? ('avböjt' as const) : ('väntar' as const),
        at: approval?.at ?? decline?.at,
        comment: decline?.comment,
      });
    }),
    textHash: justerat?.textHash,
    justeratAt: justerat?.at,
  });
}

/** The protocol's remarks (SKYDDSOMBUD_ABSENT); left out when there are none, as in older protocols. */
function remarksOf(state: MeetingState): string[] | undefined {
  const remarks = safetyRepresentativeRemarks(state).map(({ text }) => text);
  return remarks.length > 0 ? remarks : undefined;
}
