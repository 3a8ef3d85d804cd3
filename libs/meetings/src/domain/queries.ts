import { stockholmDate, type IsoDate, type PersonRef } from '#domain/shared-kernel';
import type { AgendaItem } from './agenda-item.js';
import type { AttendanceEntry } from './participants.js';
import { emptyItemRecords, type ItemRecords, type MeetingState } from './state.js';

/** Read-only views of a meeting's state, shared by decide, carry-over and projections. */

export const recordsOf = (state: MeetingState, itemId: string): ItemRecords =>
  state.items[itemId] ?? emptyItemRecords();

export const findAgendaItem = (state: MeetingState, itemId: string): AgendaItem | undefined =>
  state.agenda.find((item) => item.itemId === itemId);

/** An item is handled once information, dialog or a decision is recorded on it. */
export const isHandled = (records: ItemRecords): boolean =>
  records.information !== undefined || records.dialog !== undefined || records.decision !== undefined;

export const hasAnyRecord = (records: ItemRecords): boolean =>
  isHandled(records) ||
  records.deferral !== undefined ||
  records.escalation !== undefined ||
  records.confidential !== undefined ||
  records.followUps.length > 0 ||
  records.protokollsanteckningar.length > 0;

/**
 * Items neither handled nor deferred: what stops the meeting from being closed. An item with
 * sub-items is the § they stand under: they are handled, it need not be.
 */
export const openItems = (state: MeetingState): AgendaItem[] =>
  state.agenda.filter((item) => {
    const records = recordsOf(state, item.itemId);
    const hasSubItems = state.agenda.some((other) => other.parentItemId === item.itemId);
    return (
      records.deferral === undefined &&
      records.escalation === undefined &&
      !isHandled(records) &&
      !hasSubItems
    );
  });

/** The kinds of item whose outcome is a decision (enighet or oenighet): a dialog alone does not settle them. */
export const DECIDED_KINDS: readonly AgendaItem['kind'][] = ['beslut', 'förhandling'];

/** Beslut and förhandling items with no decision recorded that are not deferred either. */
export const undecidedItems = (state: MeetingState): AgendaItem[] =>
  state.agenda.filter((item) => {
    const records = recordsOf(state, item.itemId);
    // An escalated item is decided where it went (the parent group, or after the MBL negotiation).
    return (
      DECIDED_KINDS.includes(item.kind) &&
      records.deferral === undefined &&
      records.escalation === undefined &&
      !records.decision
    );
  });

/**
 * Confidential: marked so in this meeting, or a returning item whose source was (carry-over sets
 * `confidential` on the agenda item). What every reader outside the group must not see.
 */
export const isConfidentialItem = (state: MeetingState, itemId: string): boolean =>
  recordsOf(state, itemId).confidential !== undefined || findAgendaItem(state, itemId)?.confidential === true;

export const deferredItems = (state: MeetingState): AgendaItem[] =>
  state.agenda.filter((item) => recordsOf(state, item.itemId).deferral !== undefined);

/** The meeting's date in Europe/Stockholm. */
export const meetingDate = (state: MeetingState): IsoDate | undefined =>
  state.startsAt === undefined ? undefined : stockholmDate(state.startsAt);

export const latestRevision = (state: MeetingState): number => state.revisions.at(-1)?.revision ?? 0;

/** Justerat when every appointed justerare approved the latest revision; a rättelse reopens it. */
export const isJusterat = (state: MeetingState): boolean =>
  state.revisions.length > 0 && state.justeringar.some(({ revision }) => revision === latestRevision(state));

/**
 * A revision the public may read: one that was justerat, or, for a meeting without justering, any
 * revision since it closed (each is final as made). Never a draft or a rättelse awaiting justering.
 */
export function isPublishedRevision(state: MeetingState, revision: number): boolean {
  if (state.publishedRevision === undefined) return false;
  if (state.rules.justering === 'off') return revision >= 1 && revision <= state.publishedRevision;
  return state.justeringar.some((justering) => justering.revision === revision);
}

/** "X är frånvarande, Y ersätter" pairs, in attendance order. */
export function substitutions(
  state: MeetingState,
): { absent: AttendanceEntry; substitute: AttendanceEntry }[] {
  return state.attendance.flatMap((substitute) => {
    // A guest without an account has no personId: `replaces` undefined must not find them.
    if (substitute.replaces === undefined) return [];
    const absent = state.attendance.find((entry) => entry.person.personId === substitute.replaces);
    return absent ? [{ absent, substitute }] : [];
  });
}

/** Whoever holds the role in this meeting: the member present in it, or the substitute of the absent one. */
export function actingInRole(
  state: Pick<MeetingState, 'attendance'>,
  role: AttendanceEntry['role'],
): PersonRef[] {
  return state.attendance.flatMap((entry) => {
    const { personId, name } = entry.person;
    // Only an adjungerad attends without an account, and no role is acted in by one.
    if (entry.presence !== 'present' || personId === undefined) return [];
    if (entry.role === role) return [{ personId, name }];
    if (entry.replaces === undefined) return [];
    const replaced = state.attendance.find((other) => other.person.personId === entry.replaces);
    return replaced?.role === role ? [{ personId, name }] : [];
  });
}

export const PROTOCOL_STATUSES = [
  'no protocol',
  'awaiting justering',
  'change requested',
  'justerat',
] as const;
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];

/** The proposals on a revision the secretary has not answered yet. */
export const openProposals = (state: MeetingState, revision: number) =>
  (state.proposals ?? []).filter((proposal) => proposal.revision === revision && !proposal.answer);

/**
 * Justerare who asked for changes to a revision: by a decline, or by a proposal still unanswered
 * (a rejected proposal leaves them free to approve the same revision).
 */
export function changeRequestersOf(state: MeetingState, revision: number): string[] {
  return [
    ...new Set([
      ...state.declines
        .filter((decline) => decline.revision === revision)
        .map(({ justerare }) => justerare.personId),
      ...openProposals(state, revision).map(({ justerare }) => justerare.personId),
    ]),
  ];
}

/** Where the protocol stands: before close there is none; a change asked for waits for an answer. */
export function protocolStatus(state: MeetingState): ProtocolStatus {
  if (state.status !== 'closed') return 'no protocol';
  if (isJusterat(state)) return 'justerat';
  return changeRequestersOf(state, latestRevision(state)).length > 0
    ? 'change requested'
    : 'awaiting justering';
}
