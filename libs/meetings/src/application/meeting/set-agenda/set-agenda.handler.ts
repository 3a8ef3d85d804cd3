import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { meetingCommand } from '../../../domain/meeting/index.js';
import { MEETING } from '../../shared/aggregates.js';
import type { MeetingChanged } from '../../shared/changed.js';
import { CommandRunner } from '../../shared/command-runner.js';
import { keepKnownOrigins } from './keep-known-origins.js';
import { SetAgendaCommand } from './set-agenda.command.js';

@CommandHandler(SetAgendaCommand)
export class SetAgendaHandler implements ICommandHandler<SetAgendaCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, meetingId, items }: SetAgendaCommand): Promise<MeetingChanged> {
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      build: ({ state, at }) =>
        meetingCommand('SetAgenda', meetingId, at, { items: keepKnownOrigins(items, state.agenda) }),
    });
    return { meetingId, version };
  }
}
