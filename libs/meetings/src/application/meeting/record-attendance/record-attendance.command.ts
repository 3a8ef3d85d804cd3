import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingChanged, MeetingPayload } from '../meeting-command-runner.js';

/** Records who is present, absent or substituting ("X är frånvarande, Y ersätter"); replaces the earlier list. */
export class RecordAttendanceCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly payload: MeetingPayload<'RecordAttendance'>,
  ) {
    super();
  }
}
