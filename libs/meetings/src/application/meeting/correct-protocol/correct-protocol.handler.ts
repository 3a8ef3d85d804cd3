import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { meetingCommand } from '../../../domain/meeting/index.js';
import { MEETING } from '../../shared/aggregates.js';
import type { MeetingChanged } from '../../shared/changed.js';
import { CommandRunner } from '../../shared/command-runner.js';
import { personOf } from '../../shared/person-of.js';
import { CorrectProtocolCommand } from './correct-protocol.command.js';

@CommandHandler(CorrectProtocolCommand)
export class CorrectProtocolHandler implements ICommandHandler<CorrectProtocolCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, meetingId, change }: CorrectProtocolCommand): Promise<MeetingChanged> {
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      build: ({ at }) =>
        meetingCommand('CorrectProtocol', meetingId, at, {
          correctedBy: personOf(context.principal),
          ...change,
        }),
    });
    return { meetingId, version };
  }
}
