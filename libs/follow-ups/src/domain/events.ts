import type { IsoDate } from '#domain/shared-kernel';
import type {
  FollowUpActor,
  FollowUpCancellation,
  FollowUpCompletion,
  FollowUpFact,
  FollowUpOpening,
  FollowUpReportFacts,
  FollowUpRescheduling,
} from './facts.js';

type On<T extends string, D> = { type: T; data: FollowUpFact & D };

export type FollowUpEvent =
  | On<'FollowUpOpened', FollowUpOpening>
  | On<'FollowUpReported', FollowUpReportFacts & FollowUpActor>
  | On<'FollowUpCompleted', FollowUpCompletion & FollowUpActor>
  /** previousDueDate lets the reminder projection start a new series for the new date. */
  | On<'FollowUpRescheduled', FollowUpRescheduling & { previousDueDate: IsoDate } & FollowUpActor>
  | On<'FollowUpCancelled', FollowUpCancellation & FollowUpActor>
  /** Its item was marked confidential after the follow-up was assigned. */
  | On<'FollowUpMarkedConfidential', object>;
