import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { appointmentOf } from '../protocol/appointment-of.js';
import { DeclineJusteringCommand } from './decline-justering.command.js';

@CommandHandler(DeclineJusteringCommand)
export class DeclineJusteringHandler implements ICommandHandler<DeclineJusteringCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  async execute({ context, meetingId, decline }: DeclineJusteringCommand): Promise<MeetingChanged> {
    const { accountId } = context.principal;
    const { version } = await this.meetings.run(
      context,
      meetingId,
      (meeting, at) => ({
        type: 'DeclineJustering',
        data: {
          meetingId,
          justerarePersonId: accountId,
          party: appointmentOf(meeting, accountId).party,
          ...decline,
          at,
        },
      }),
      'meeting.justera',
    );
    return { meetingId, version };
  }
}
