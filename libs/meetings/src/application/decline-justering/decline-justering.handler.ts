import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '#libs/groups';
import type { MeetingChanged } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { appointmentOf } from '../protocol/appointment-of.js';
import { DeclineJusteringCommand } from './decline-justering.command.js';

@CommandHandler(DeclineJusteringCommand)
export class DeclineJusteringHandler implements ICommandHandler<DeclineJusteringCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, meetingId, decline }: DeclineJusteringCommand): Promise<MeetingChanged> {
    const { accountId } = context.principal;
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.justera',
      // The party comes from the state; the key matches what was sent.
      request: { type: 'DeclineJustering', meetingId, decline },
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
