import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { DeferItemCommand } from './defer-item.command.js';

@CommandHandler(DeferItemCommand)
export class DeferItemHandler implements ICommandHandler<DeferItemCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  execute({ context, meetingId, payload }: DeferItemCommand): Promise<MeetingChanged> {
    return this.meetings.runPayload(context, meetingId, 'DeferItem', payload);
  }
}
