import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { RescheduleMeetingCommand } from './reschedule-meeting.command.js';

@CommandHandler(RescheduleMeetingCommand)
export class RescheduleMeetingHandler implements ICommandHandler<RescheduleMeetingCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  execute({ context, meetingId, payload }: RescheduleMeetingCommand): Promise<MeetingChanged> {
    return this.meetings.runPayload(context, meetingId, 'RescheduleMeeting', payload);
  }
}
