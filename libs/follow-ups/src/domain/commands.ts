import type {
  FollowUpCancellation,
  FollowUpCompletion,
  FollowUpFact,
  FollowUpOpening,
  FollowUpReportFacts,
  FollowUpRescheduling,
} from './facts.js';

type Command<T extends string, D> = { type: T; data: FollowUpFact & D };

export type FollowUpCommand =
  | Command<'OpenFollowUp', FollowUpOpening>
  | Command<'ReportFollowUp', FollowUpReportFacts>
  | Command<'CompleteFollowUp', FollowUpCompletion>
  | Command<'RescheduleFollowUp', FollowUpRescheduling>
  | Command<'CancelFollowUp', FollowUpCancellation>
  | Command<'MarkFollowUpConfidential', object>;
