import type {
  FollowUpActor,
  FollowUpCancellation,
  FollowUpCompletion,
  FollowUpFact,
  FollowUpHandling,
  FollowUpOpening,
  FollowUpReportFacts,
  FollowUpRescheduling,
} from './facts.js';

type Command<T extends string, D> = { type: T; data: FollowUpFact & D };

export type FollowUpCommand =
  | Command<'OpenFollowUp', FollowUpOpening>
  | Command<'ReportFollowUp', FollowUpReportFacts & FollowUpActor>
  | Command<'CompleteFollowUp', FollowUpCompletion & FollowUpActor>
  | Command<'RescheduleFollowUp', FollowUpRescheduling & FollowUpActor>
  | Command<'CancelFollowUp', FollowUpCancellation & FollowUpActor>
  | Command<'MarkFollowUpConfidential', object>
  /** The meeting took up its returning item: reported there, and completed or moved if it says so. */
  | Command<'HandleFollowUpAtMeeting', FollowUpReportFacts & FollowUpActor & { handling: FollowUpHandling }>;
