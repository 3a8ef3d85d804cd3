import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { IssueKallelseCommand } from './issue-kallelse.command.js';

@CommandHandler(IssueKallelseCommand)
export class IssueKallelseHandler implements ICommandHandler<IssueKallelseCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  execute({ context, meetingId, payload }: IssueKallelseCommand): Promise<MeetingChanged> {
    return this.meetings.runPayload(context, meetingId, 'IssueKallelse', payload);
  }
}
