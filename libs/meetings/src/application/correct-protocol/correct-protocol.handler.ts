import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '#libs/groups';
import type { MeetingChanged } from '#libs/shared-kernel';
import { personOf } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
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
