import type { DocumentParty, ItemOrigin, MeetingHeader, RevisionInfo } from '#libs/documents';
import type { AgendaItemOrigin, MeetingState } from '#libs/meetings';
import { latestRevision, meetingDate } from '#libs/meetings';
import {
  definedOnly,
  type Federation,
  formatProtocolNumber,
  LEGACY_PROTOCOL_FORM,
  nameWithTitle,
  type Party,
  type PersonRef,
  type Presenter,
  presentersOf,
  type ProtocolForm,
} from '#libs/shared-kernel';

/**
 * What a meeting's documents say about its group, taken from the group's and the organisation's
 * streams when the document is built (a later rename does not rewrite an archived protocol).
 */
export interface GroupContext {
  organisationName?: string;
  groupName: string;
  /** "FSG/VSG" */
  groupLevels: string;
  /** The unit's name: "Socialförvaltningen". */
  forvaltning?: string;
  /** The form the group's protocols follow now: what a meeting not yet closed is laid out in. */
  protocolForm?: ProtocolForm;
}

/**
 * The form a meeting's documents are laid out in: a closed meeting keeps the one it was closed in
 * (the form before groups had their own, for older meetings), so a protocol never changes shape
 * when the group changes its form; until then, the group's current form.
 */
export function documentForm(state: MeetingState, group: GroupContext): ProtocolForm {
  if (state.status === 'closed') return state.protocolForm ?? LEGACY_PROTOCOL_FORM;
  return group.protocolForm ?? LEGACY_PROTOCOL_FORM;
}

export function meetingHeader(state: MeetingState, group: GroupContext): MeetingHeader {
  return definedOnly({
    meetingId: state.meetingId as string,
    organisationName: group.organisationName,
    groupName: group.groupName,
    groupLevels: group.groupLevels,
    forvaltning: group.forvaltning,
    protocolNumber: state.protocolNumber ? formatProtocolNumber(state.protocolNumber) : '',
    dnr: state.dnr,
    date: meetingDate(state) as string,
    startsAt: state.startsAt as string,
    endsAt: state.endsAt as string,
    place: state.place,
    videoLink: state.videoLink,
    arbetsplatstraff: state.rules.formalParties ? undefined : true,
  });
}

/**
 * The header of a protocol or notes: the time is when the meeting was really held, where the one
 * who closed it recorded that (the kallelse keeps the scheduled time it announced).
 */
export function heldMeetingHeader(state: MeetingState, group: GroupContext): MeetingHeader {
  const header = meetingHeader(state, group);
  return { ...header, startsAt: state.startedAt ?? header.startsAt, endsAt: state.endedAt ?? header.endsAt };
}

/** Documents print the employer as "Arbetsgivaren" and a union organisation by its name. */
export const documentParty = (party: Party): DocumentParty =>
  party.side === 'employer'
    ? { side: 'employer', name: 'Arbetsgivaren' }
    : { side: 'union', name: party.organisation };

/**
 * Whom a justerare justerar for, as a party the documents print: their federation where they
 * justera for it ("TCO"), else their own party ("Vision", "Arbetsgivaren").
 */
export const justeradForParty = ({
  party,
  federation,
}: {
  party: Party;
  federation?: Federation;
}): DocumentParty => (federation ? { side: 'union', name: federation } : documentParty(party));

/**
 * On the närvarolista a union in a federation is named with it, as central groups write it:
 * "Vision (TCO)", "Kommunal (LO)". Elsewhere (proposer, oenighet, protokollsanteckning) the
 * organisation's own name is enough.
 */
export function attendanceParty(
  party: Party,
  federations: Record<string, Federation> | undefined,
): DocumentParty {
  const printed = documentParty(party);
  const federation = party.side === 'union' ? federations?.[party.organisation] : undefined;
  return federation ? { ...printed, name: `${printed.name} (${federation})` } : printed;
}

/**
 * The föredragande of an item as one line: "Maria Ek", "Maria Ek och Anna Berg", and with titles
 * "Maria Ek, förvaltningschef; Anna Berg, HR-specialist" (a title's comma would otherwise run
 * into the list's). Undefined for an item without one.
 */
export function presentersLine(item: {
  presenters?: readonly Presenter[];
  presenter?: PersonRef;
}): string | undefined {
  const presenters = presentersOf(item);
  if (presenters.length === 0) return undefined;
  if (presenters.some(({ title }) => title !== undefined)) return presenters.map(nameWithTitle).join('; ');
  return swedishList(presenters.map(({ name }) => name));
}

export const names = (people: readonly PersonRef[]): string[] => people.map(({ name }) => name);

/** The latest revision of the protocol; revision 0 is the draft of a meeting not yet closed. */
export function currentRevision(state: MeetingState): RevisionInfo {
  const latest = state.revisions.at(-1);
  if (!latest) return { revision: 0, kind: 'utkast', superseded: false };
  return definedOnly({
    revision: latestRevision(state),
    kind: latest.kind,
    at: latest.at,
    by: latest.by?.name,
    reason: latest.reason,
    superseded: false,
  });
}

export function itemOrigin(origin: AgendaItemOrigin | undefined): ItemOrigin | undefined {
  if (!origin) return undefined;
  switch (origin.kind) {
    case 'deferred':
      return definedOnly({
        kind: 'deferred' as const,
        paragraph: origin.fromParagraph,
        date: origin.fromDate,
        reason: origin.reason,
      });
    case 'follow-up':
      return definedOnly({
        kind: 'follow-up' as const,
        paragraph: origin.fromParagraph,
        date: origin.fromDate,
        dueDate: origin.dueDate,
      });
    case 'escalated':
      return definedOnly({
        kind: 'escalated' as const,
        paragraph: origin.fromParagraph,
        date: origin.fromDate,
        group: origin.fromGroupName,
        question: origin.question,
      });
    case 'answer':
      return definedOnly({
        kind: 'answer' as const,
        paragraph: origin.fromParagraph,
        date: origin.fromDate,
        group: origin.fromGroupName,
        answer: origin.answer,
        raised: definedOnly({ paragraph: origin.escalatedFromParagraph, date: origin.escalatedFromDate }),
      });
  }
}

/** "Vision", "Vision och Kommunal", "Vision, SSR och Kommunal" */
export function swedishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}
