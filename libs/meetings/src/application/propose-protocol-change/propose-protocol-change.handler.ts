import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '#libs/groups';
import type { MeetingChanged } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { appointmentOf } from '../protocol/appointment-of.js';
import { ProposeProtocolChangeCommand } from './propose-protocol-change.command.js';

@CommandHandler(ProposeProtocolChangeCommand)
export class ProposeProtocolChangeHandler implements ICommandHandler<ProposeProtocolChangeCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, meetingId, proposal }: ProposeProtocolChangeCommand): Promise<MeetingChanged> {
    const { accountId } = context.principal;
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.justera',
      // The party comes from the state; the key matches what was sent.
      request: { type: 'ProposeProtocolChange', meetingId, proposal },
      build: ({ state, at }) =>
        meetingCommand('ProposeProtocolChange', meetingId, at, {
          justerarePersonId: accountId,
          party: appointmentOf(state, accountId).party,
          ...proposal,
        }),
    });
    return { meetingId, version };
  }
}
