import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { CloseMeetingCommand } from './close-meeting.command.js';

@CommandHandler(CloseMeetingCommand)
export class CloseMeetingHandler implements ICommandHandler<CloseMeetingCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  execute({ context, meetingId, payload }: CloseMeetingCommand): Promise<MeetingChanged> {
    return this.meetings.runPayload(context, meetingId, 'CloseMeeting', payload);
  }
}
