import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '#libs/ddd';
import { latestRevision, MEETING_ERROR, type MeetingState } from '../../../domain/meeting/index.js';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { appointmentOf } from '../protocol/appointment-of.js';
import { protocolTextHash } from '../protocol/protocol-text-hash.js';
import { JusteraProtocolCommand } from './justera-protocol.command.js';

@CommandHandler(JusteraProtocolCommand)
export class JusteraProtocolHandler implements ICommandHandler<JusteraProtocolCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  async execute({ context, meetingId, justering }: JusteraProtocolCommand): Promise<MeetingChanged> {
    const { accountId } = context.principal;
    const { version } = await this.meetings.run(
      context,
      meetingId,
      (meeting, at) => ({
        type: 'JusteraProtocol',
        data: {
          meetingId,
          // Always the caller, for the party they were appointed for: nobody justerar for another.
          justerarePersonId: accountId,
          party: appointmentOf(meeting, accountId).party,
          revision: justering.revision,
          textHash: approvedHash(meeting, justering.textHash, justering.revision),
          at,
        },
      }),
      'meeting.justera',
    );
    return { meetingId, version };
  }
}

/** The server's hash of the protocol; a client that saw another text is told so instead of approving it. */
function approvedHash(meeting: MeetingState, seen: string | undefined, revision: number): string {
  const actual = protocolTextHash(meeting);
  // Only for the latest revision: an older one is refused by the decider with its own code.
  if (seen !== undefined && revision === latestRevision(meeting) && seen !== actual) {
    throw new DomainError(
      MEETING_ERROR.TEXT_HASH_MISMATCH,
      'The protocol text has changed since you read it: reload it before you justera',
      { revision, textHash: actual },
    );
  }
  return actual;
}
