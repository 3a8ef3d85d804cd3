import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { AddProtokollsanteckningCommand } from './add-protokollsanteckning.command.js';

@CommandHandler(AddProtokollsanteckningCommand)
export class AddProtokollsanteckningHandler implements ICommandHandler<AddProtokollsanteckningCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  execute({ context, meetingId, payload }: AddProtokollsanteckningCommand): Promise<MeetingChanged> {
    return this.meetings.runPayload(context, meetingId, 'AddProtokollsanteckning', payload);
  }
}
