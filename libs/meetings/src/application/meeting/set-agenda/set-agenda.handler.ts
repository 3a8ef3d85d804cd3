import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { keepKnownOrigins } from './keep-known-origins.js';
import { SetAgendaCommand } from './set-agenda.command.js';

@CommandHandler(SetAgendaCommand)
export class SetAgendaHandler implements ICommandHandler<SetAgendaCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  async execute({ context, meetingId, items }: SetAgendaCommand): Promise<MeetingChanged> {
    const { version } = await this.meetings.run(context, meetingId, (meeting, at) => ({
      type: 'SetAgenda',
      data: { meetingId, items: keepKnownOrigins(items, meeting.agenda), at },
    }));
    return { meetingId, version };
  }
}
