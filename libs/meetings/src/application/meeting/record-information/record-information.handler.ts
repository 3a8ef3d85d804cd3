import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { RecordInformationCommand } from './record-information.command.js';

@CommandHandler(RecordInformationCommand)
export class RecordInformationHandler implements ICommandHandler<RecordInformationCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  execute({ context, meetingId, payload }: RecordInformationCommand): Promise<MeetingChanged> {
    return this.meetings.runPayload(context, meetingId, 'RecordInformation', payload);
  }
}
