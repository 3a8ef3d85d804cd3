import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { personOf } from '../../shared/person-of.js';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { ReviseProtocolCommand } from './revise-protocol.command.js';

@CommandHandler(ReviseProtocolCommand)
export class ReviseProtocolHandler implements ICommandHandler<ReviseProtocolCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  async execute({ context, meetingId, change }: ReviseProtocolCommand): Promise<MeetingChanged> {
    // Who revises is the caller; the decider checks they act as sekreterare or ordförande in this meeting.
    const { version } = await this.meetings.run(context, meetingId, (_, at) => ({
      type: 'ReviseProtocol',
      data: { meetingId, revisedBy: personOf(context.principal), ...change, at },
    }));
    return { meetingId, version };
  }
}
