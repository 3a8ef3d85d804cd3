import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { RecordDialogCommand } from './record-dialog.command.js';

@CommandHandler(RecordDialogCommand)
export class RecordDialogHandler implements ICommandHandler<RecordDialogCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  execute({ context, meetingId, payload }: RecordDialogCommand): Promise<MeetingChanged> {
    return this.meetings.runPayload(context, meetingId, 'RecordDialog', payload);
  }
}
