import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { RecordAttendanceCommand } from './record-attendance.command.js';

@CommandHandler(RecordAttendanceCommand)
export class RecordAttendanceHandler implements ICommandHandler<RecordAttendanceCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  execute({ context, meetingId, payload }: RecordAttendanceCommand): Promise<MeetingChanged> {
    return this.meetings.runPayload(context, meetingId, 'RecordAttendance', payload);
  }
}
