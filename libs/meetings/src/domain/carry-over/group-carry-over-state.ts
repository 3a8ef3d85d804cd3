import type { FollowUpState } from '#domain/follow-ups';
import type { IsoInstant } from '#domain/shared-kernel';
import type { AgendaItem } from '../agenda-item.js';
import type { MeetingState } from '../state.js';

/**
 * What returns in one group, kept up to date from the log (meeting and follow-up events) rather
 * than computed once at scheduling: the group's coming meetings, the items deferred and not yet
 * taken up again, and the open follow-ups. Each coming meeting's agenda proposal is read from it
 * (see liveAgenda), whenever the meeting was scheduled. Held and cancelled meetings leave it once
 * they have handed on what returns, so it stays as small as the group's plan.
 */
export interface GroupCarryOver {
  groupId: string;
  /** Meetings scheduled and neither closed nor cancelled, folded with the meeting's own evolve. */
  meetings: Record<string, ComingMeeting>;
  /** Deferred items not yet taken up again, by the id they return under. */
  deferred: Record<string, DeferredEntry>;
  /** The group's open follow-ups, folded with the follow-up's own evolve. */
  followUps: Record<string, ReturningFollowUp>;
}

export interface ComingMeeting {
  meeting: MeetingState;
  /** The returning items the last kallelse sent, to show what changed since. */
  sent?: AgendaItem[];
}

export interface DeferredEntry {
  /** With its origin, and `confidential` when its source item was. */
  item: AgendaItem;
  /** It returns at the first coming meeting that starts after this: the meeting it comes from. */
  after: IsoInstant;
  /** Its place among the items that came from the same meeting (jsonb keeps no key order). */
  order: number;
}

export interface ReturningFollowUp {
  state: FollowUpState;
  /** The start of the meeting that decided it: it returns at a later meeting only. */
  after: IsoInstant;
  /** The item it was decided on is confidential. */
  confidential?: true;
}
