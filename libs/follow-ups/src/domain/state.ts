import type { IsoDate, IsoInstant } from '#domain/shared-kernel';
import type {
  FollowUpActor,
  FollowUpOpening,
  FollowUpReportFacts,
  FollowUpRescheduling,
  FollowUpStatus,
} from './facts.js';

export type FollowUpReport = FollowUpReportFacts & FollowUpActor & { at: IsoInstant };

/** A move of the due date: from which date, to which, why, by whom and when. */
export type FollowUpReschedule = FollowUpRescheduling &
  FollowUpActor & { previousDueDate: IsoDate; at: IsoInstant };

/** Before it is opened a follow-up has none of its opening's fields. */
export interface FollowUpState extends Partial<FollowUpOpening> {
  status: FollowUpStatus;
  followUpId?: string;
  reports: FollowUpReport[];
  /** Every move of the due date, oldest first; `dueDate` is the latest. */
  reschedules: FollowUpReschedule[];
  closingReason?: string;
  /** Who completed or cancelled it, and when. */
  closed?: FollowUpActor & { at: IsoInstant };
}

export const initialFollowUpState = (): FollowUpState => ({
  status: 'not_opened',
  reports: [],
  reschedules: [],
});

/** An open follow-up with every field set, as the carry-over and reminders read it. */
export type OpenFollowUp = FollowUpState & FollowUpOpening & { status: 'open'; followUpId: string };

export const isOpenFollowUp = (state: FollowUpState): state is OpenFollowUp => state.status === 'open';
