import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { RecordDecisionCommand } from './record-decision.command.js';

@CommandHandler(RecordDecisionCommand)
export class RecordDecisionHandler implements ICommandHandler<RecordDecisionCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  execute({ context, meetingId, payload }: RecordDecisionCommand): Promise<MeetingChanged> {
    return this.meetings.runPayload(context, meetingId, 'RecordDecision', payload);
  }
}
