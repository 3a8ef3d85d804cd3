import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { AppointJusterareCommand } from './appoint-justerare.command.js';

@CommandHandler(AppointJusterareCommand)
export class AppointJusterareHandler implements ICommandHandler<AppointJusterareCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  execute({ context, meetingId, payload }: AppointJusterareCommand): Promise<MeetingChanged> {
    return this.meetings.runPayload(context, meetingId, 'AppointJusterare', payload);
  }
}
