import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { CommandRunner } from '#libs/groups';
import type { MeetingChanged } from '#libs/shared-kernel';
import { type AgendaItem, liveAgenda, meetingCommand, type MeetingState } from '../../domain/index.js';
import { findGroupCarryOver } from '../../projections/carry-over/index.js';
import { MEETING } from '../aggregate.js';
import { keepKnownOrigins } from './keep-known-origins.js';
import { SetAgendaCommand } from './set-agenda.command.js';

@CommandHandler(SetAgendaCommand)
export class SetAgendaHandler implements ICommandHandler<SetAgendaCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly dataSource: DataSource,
  ) {}

  async execute({ context, meetingId, items }: SetAgendaCommand): Promise<MeetingChanged> {
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      // The origins kept come from the agenda and the live proposal as they are now; the key matches what was sent.
      request: { type: 'SetAgenda', meetingId, items },
      build: async ({ state, at }) => {
        const known = [...(await this.liveProposal(context.principal.tenantId, state)), ...state.agenda];
        return meetingCommand('SetAgenda', meetingId, at, { items: keepKnownOrigins(items, known) });
      },
    });
    return { meetingId, version };
  }

  /** The returning items carry-over proposes for this meeting: the chairs accept them by their id. */
  private async liveProposal(tenantId: string, state: MeetingState): Promise<AgendaItem[]> {
    if (state.groupId === undefined || state.meetingId === undefined) return [];
    const carryOver = await findGroupCarryOver(this.dataSource.manager, tenantId, state.groupId);
    return carryOver ? (liveAgenda(carryOver, state.meetingId) ?? []) : [];
  }
}
