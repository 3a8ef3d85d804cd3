import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { CancelMeetingCommand } from './cancel-meeting.command.js';

@CommandHandler(CancelMeetingCommand)
export class CancelMeetingHandler implements ICommandHandler<CancelMeetingCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  execute({ context, meetingId, payload }: CancelMeetingCommand): Promise<MeetingChanged> {
    return this.meetings.runPayload(context, meetingId, 'CancelMeeting', payload);
  }
}
