import type { AgendaItem } from '../agenda-item.js';
import type { GroupCarryOver } from './group-carry-over.js';
import { returningAt, returningMayDiffer, type ReturningItem } from './returning.js';

/**
 * How a returning item stands on a coming meeting's agenda:
 * - proposed: it returns here; carry-over proposes it, the chairs have not put it on their agenda;
 * - on-agenda: it returns here and the chairs' agenda has it;
 * - withdrawn: the chairs' agenda (or the kallelse sent) has it, but it no longer returns here (its
 *   follow-up was completed, cancelled or moved past this meeting, or it was taken up earlier).
 *   What the chairs accepted stays until they remove it, marked so nobody is surprised.
 */
export const CARRY_OVER_STATUSES = ['proposed', 'on-agenda', 'withdrawn'] as const;
export type CarryOverStatus = (typeof CARRY_OVER_STATUSES)[number];

/** Once a kallelse was issued: a returning item that was not in it, or that it had and is gone. */
export const KALLELSE_CHANGES = ['added', 'withdrawn'] as const;
export type KallelseChange = (typeof KALLELSE_CHANGES)[number];

export interface LiveAgendaItem extends ReturningItem {
  carryOver?: CarryOverStatus;
  sinceKallelse?: KallelseChange;
}

/**
 * The agenda proposal of a coming meeting as it stands now: its agenda (the chairs', or the
 * proposal recorded at scheduling, which the meeting's rules treat as its agenda until the chairs
 * set one), each returning item on it with its live origin and history or marked withdrawn, then
 * the returning items not on it yet. Undefined for a meeting that is held, cancelled or unknown:
 * its agenda is its own.
 */
export function liveAgenda(state: GroupCarryOver, meetingId: string): LiveAgendaItem[] | undefined {
  const coming = state.meetings[meetingId];
  if (coming === undefined) return undefined;
  const returning = returningAt(state, meetingId);
  const byId = new Map(returning.map((item) => [item.itemId, item]));
  const agenda = coming.meeting.agenda;
  const onAgenda = agenda.map((item): LiveAgendaItem => {
    const back = byId.get(item.itemId);
    if (back) return { ...item, ...liveFields(back), carryOver: 'on-agenda' };
    return item.origin ? { ...item, carryOver: 'withdrawn' } : item;
  });
  const onAgendaIds = new Set(agenda.map(({ itemId }) => itemId));
  const proposed = returning
    .filter((item) => !onAgendaIds.has(item.itemId))
    .map((item): LiveAgendaItem => ({ ...item, carryOver: 'proposed' }));
  return sinceKallelse([...onAgenda, ...proposed], coming.sent);
}

/** The chairs may retitle a returning item; where it came from and its mark are carry-over's. */
const liveFields = ({ origin, confidential, followUp }: ReturningItem) => ({
  origin,
  ...(confidential ? { confidential } : {}),
  ...(followUp ? { followUp } : {}),
});

/** Marks what changed since the last kallelse; a returning item it sent and that is gone stays, withdrawn. */
function sinceKallelse(items: LiveAgendaItem[], sent: readonly AgendaItem[] | undefined): LiveAgendaItem[] {
  if (sent === undefined) return items;
  const sentIds = new Set(sent.map(({ itemId }) => itemId));
  const marked = items.map((item): LiveAgendaItem => {
    if (item.carryOver === undefined) return item;
    if (item.carryOver === 'withdrawn')
      return sentIds.has(item.itemId) ? { ...item, sinceKallelse: 'withdrawn' } : item;
    return sentIds.has(item.itemId) ? item : { ...item, sinceKallelse: 'added' };
  });
  const present = new Set(items.map(({ itemId }) => itemId));
  const gone = sent
    .filter(({ itemId }) => !present.has(itemId))
    .map((item): LiveAgendaItem => ({ ...item, carryOver: 'withdrawn', sinceKallelse: 'withdrawn' }));
  return [...marked, ...gone];
}

/** The returning items a meeting scheduled now would be proposed, as MeetingScheduled records them. */
export function proposalAt(state: GroupCarryOver, meetingId: string): AgendaItem[] {
  return (liveAgenda(state, meetingId) ?? [])
    .filter((item) => item.carryOver === 'proposed')
    .map(({ carryOver: _status, sinceKallelse: _change, followUp: _history, ...item }) => item);
}

/**
 * Whether a coming meeting's live agenda may differ between two states of its group: false only
 * when it certainly does not, as liveAgenda reads nothing else than the meeting's entry (its state
 * and what its kallelse sent, the same object when the event did not touch it) and what returns at
 * it. A projection that keeps every coming meeting's kallelse asks this for each of them after
 * every event of the group, and building and comparing a thousand agendas per event made a
 * rebuild of a group that plans far ahead crawl.
 */
export function liveAgendaMayDiffer(
  before: GroupCarryOver,
  after: GroupCarryOver,
  meetingId: string,
): boolean {
  return (
    before.meetings[meetingId] !== after.meetings[meetingId] || returningMayDiffer(before, after, meetingId)
  );
}
