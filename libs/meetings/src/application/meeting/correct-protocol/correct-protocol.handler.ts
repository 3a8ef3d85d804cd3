import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { personOf } from '../../shared/person-of.js';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { CorrectProtocolCommand } from './correct-protocol.command.js';

@CommandHandler(CorrectProtocolCommand)
export class CorrectProtocolHandler implements ICommandHandler<CorrectProtocolCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  async execute({ context, meetingId, change }: CorrectProtocolCommand): Promise<MeetingChanged> {
    const { version } = await this.meetings.run(context, meetingId, (_, at) => ({
      type: 'CorrectProtocol',
      data: { meetingId, correctedBy: personOf(context.principal), ...change, at },
    }));
    return { meetingId, version };
  }
}
