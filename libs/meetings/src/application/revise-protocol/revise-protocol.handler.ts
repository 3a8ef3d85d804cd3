import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '#libs/groups';
import type { MeetingChanged } from '#libs/shared-kernel';
import { personOf } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { ReviseProtocolCommand } from './revise-protocol.command.js';

@CommandHandler(ReviseProtocolCommand)
export class ReviseProtocolHandler implements ICommandHandler<ReviseProtocolCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, meetingId, change }: ReviseProtocolCommand): Promise<MeetingChanged> {
    // Who revises is the caller; the decider checks they act as sekreterare or ordförande in this meeting.
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      build: ({ at }) =>
        meetingCommand('ReviseProtocol', meetingId, at, {
          revisedBy: personOf(context.principal),
          ...change,
        }),
    });
    return { meetingId, version };
  }
}
