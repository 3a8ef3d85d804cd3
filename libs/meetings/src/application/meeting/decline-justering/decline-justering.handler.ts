import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { meetingCommand } from '../../../domain/meeting/index.js';
import { MEETING } from '../../shared/aggregates.js';
import type { MeetingChanged } from '../../shared/changed.js';
import { CommandRunner } from '../../shared/command-runner.js';
import { appointmentOf } from '../protocol/appointment-of.js';
import { DeclineJusteringCommand } from './decline-justering.command.js';

@CommandHandler(DeclineJusteringCommand)
export class DeclineJusteringHandler implements ICommandHandler<DeclineJusteringCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, meetingId, decline }: DeclineJusteringCommand): Promise<MeetingChanged> {
    const { accountId } = context.principal;
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.justera',
      build: ({ state, at }) =>
        meetingCommand('DeclineJustering', meetingId, at, {
          justerarePersonId: accountId,
          party: appointmentOf(state, accountId).party,
          ...decline,
        }),
    });
    return { meetingId, version };
  }
}
