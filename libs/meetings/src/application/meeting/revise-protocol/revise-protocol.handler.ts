import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { meetingCommand } from '../../../domain/meeting/index.js';
import { MEETING } from '../../shared/aggregates.js';
import type { MeetingChanged } from '../../shared/changed.js';
import { CommandRunner } from '../../shared/command-runner.js';
import { personOf } from '../../shared/person-of.js';
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
