import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '#libs/groups';
import type { MeetingChanged } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { appointmentOf } from '../protocol/appointment-of.js';
import { protocolTextHash } from '../protocol/protocol-text-hash.js';
import { JusteraProtocolCommand } from './justera-protocol.command.js';

@CommandHandler(JusteraProtocolCommand)
export class JusteraProtocolHandler implements ICommandHandler<JusteraProtocolCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, meetingId, justering }: JusteraProtocolCommand): Promise<MeetingChanged> {
    const { accountId } = context.principal;
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.justera',
      // The built command also carries the hash of the text as it is now; the key matches what was sent.
      request: { type: 'JusteraProtocol', meetingId, justering },
      build: ({ state, at }) =>
        meetingCommand('JusteraProtocol', meetingId, at, {
          // Always the caller, for the party they were appointed for: nobody justerar for another.
          justerarePersonId: accountId,
          party: appointmentOf(state, accountId).party,
          revision: justering.revision,
          textHash: justering.textHash,
          // The decider refuses the approval unless the text named is the text as it is now.
          currentTextHash: protocolTextHash(state),
        }),
    });
    return { meetingId, version };
  }
}
