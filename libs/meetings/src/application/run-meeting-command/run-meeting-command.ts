import { Command } from '@nestjs/cqrs';
import type { IsoInstant, MeetingChanged, CommandContext } from '#libs/shared-kernel';
import { meetingCommand, type MeetingPayload, type OneOfMeetingCommands } from '../../domain/index.js';

/**
 * The meeting commands that need nothing but their payload as sent, the meeting id and the time,
 * and that only those who run the meeting may give. Commands whose data the server completes (who
 * justerar, for which party, which origin an agenda item has) have handlers of their own.
 */
export type PlainMeetingCommandType =
  | 'RescheduleMeeting'
  | 'CancelMeeting'
  | 'IssueKallelse'
  | 'RecordAttendance'
  | 'AppointJusterare'
  | 'RecordInformation'
  | 'RecordDialog'
  | 'RecordDecision'
  | 'DeferItem'
  | 'MarkItemConfidential'
  | 'CloseMeeting';

/** Runs one plain meeting command; `payload` is checked against `type` where the command is made. */
export class RunMeetingCommand<T extends PlainMeetingCommandType> extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly type: T,
    readonly payload: MeetingPayload<T>,
  ) {
    super();
  }

  /** The domain command at the time of an attempt: typed by T, with no cast. */
  toCommand(at: IsoInstant): OneOfMeetingCommands<T> {
    return meetingCommand(this.type, this.meetingId, at, this.payload);
  }
}
