import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { CommandRunner, protocolFormOf } from '#libs/groups';
import { knownPresenters } from '../presenters/known-presenters.js';
import { PresenterAccounts } from '../presenters/presenter-accounts.js';
import type { MeetingChanged } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { findLiveAgenda } from '../../projections/carry-over/index.js';
import { MEETING } from '../aggregate.js';
import { keepKnownOrigins } from './keep-known-origins.js';
import { SetAgendaCommand } from './set-agenda.command.js';

@CommandHandler(SetAgendaCommand)
export class SetAgendaHandler implements ICommandHandler<SetAgendaCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly dataSource: DataSource,
    private readonly accounts: PresenterAccounts,
  ) {}

  async execute({ context, meetingId, items, removals }: SetAgendaCommand): Promise<MeetingChanged> {
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      // The origins kept come from the agenda and the live proposal as they are now; the key matches what was sent.
      request: { type: 'SetAgenda', meetingId, items, removals },
      // Sections and sub-items are checked against the form of the meeting's group.
      build: async ({ state, at, facts }) => {
        // The chairs accept returning items by their id: the live proposal knows their origin and mark.
        const live = await findLiveAgenda(this.dataSource.manager, context.principal.tenantId, state);
        const known = [...(live ?? []), ...state.agenda];
        return meetingCommand('SetAgenda', meetingId, at, {
          items: keepKnownOrigins(items, known),
          removals,
          knownPresenters: await knownPresenters(
            this.accounts,
            context.principal.tenantId,
            items,
            facts.group,
          ),
          ...(facts.group ? { form: protocolFormOf(facts.group) } : {}),
        });
      },
    });
    return { meetingId, version };
  }
}
