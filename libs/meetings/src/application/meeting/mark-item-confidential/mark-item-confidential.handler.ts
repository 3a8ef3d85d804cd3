import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { MarkItemConfidentialCommand } from './mark-item-confidential.command.js';

@CommandHandler(MarkItemConfidentialCommand)
export class MarkItemConfidentialHandler implements ICommandHandler<MarkItemConfidentialCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  execute({ context, meetingId, payload }: MarkItemConfidentialCommand): Promise<MeetingChanged> {
    return this.meetings.runPayload(context, meetingId, 'MarkItemConfidential', payload);
  }
}
