import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, protocolFormOf } from '#libs/groups';
import type { MeetingChanged } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { keepKnownOrigins } from './keep-known-origins.js';
import { SetAgendaCommand } from './set-agenda.command.js';

@CommandHandler(SetAgendaCommand)
export class SetAgendaHandler implements ICommandHandler<SetAgendaCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, meetingId, items, removals }: SetAgendaCommand): Promise<MeetingChanged> {
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      // The origins kept come from the agenda as it is now; the key matches what was sent.
      request: { type: 'SetAgenda', meetingId, items, removals },
      // Sections and sub-items are checked against the form of the meeting's group.
      build: ({ state, at, facts }) =>
        meetingCommand('SetAgenda', meetingId, at, {
          items: keepKnownOrigins(items, state.agenda),
          removals,
          ...(facts.group ? { form: protocolFormOf(facts.group) } : {}),
        }),
    });
    return { meetingId, version };
  }
}
