import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { StreamReader } from '#libs/event-store';
import { requirePermission, groupOf } from '#libs/groups';
import { meetingStream } from '#libs/shared-kernel';
import { liveAgenda, type LiveAgendaItem, meetingDecider, type MeetingState } from '../../domain/index.js';
import { findGroupCarryOver } from '../../projections/carry-over/index.js';
import { hiddenItemsFor } from './confidential-items.js';
import { GetMeetingQuery } from './get-meeting.query.js';
import { meetingView, type MeetingView } from './meeting-view.js';

@QueryHandler(GetMeetingQuery)
export class GetMeetingHandler implements IQueryHandler<GetMeetingQuery> {
  constructor(
    private readonly reader: StreamReader,
    private readonly dataSource: DataSource,
  ) {}

  async execute({ principal, meetingId }: GetMeetingQuery): Promise<MeetingView> {
    const { state, version } = await this.reader.loadExisting(
      meetingStream(principal.tenantId, meetingId),
      meetingDecider,
    );
    const group = await groupOf(this.reader, principal.tenantId, state.groupId);
    requirePermission(principal, 'meeting.read', { group, meeting: state });
    const live = await this.liveAgenda(principal.tenantId, state);
    return meetingView(state, version, hiddenItemsFor(principal, group, state, live), live);
  }

  /**
   * A coming meeting's agenda proposal as carry-over keeps it (from the read model, so it can lag
   * the log by moments); undefined once the meeting is held or cancelled, or not yet projected.
   */
  private async liveAgenda(tenantId: string, state: MeetingState): Promise<LiveAgendaItem[] | undefined> {
    if (state.status !== 'scheduled' || state.groupId === undefined) return undefined;
    const carryOver = await findGroupCarryOver(this.dataSource.manager, tenantId, state.groupId);
    return carryOver && liveAgenda(carryOver, state.meetingId as string);
  }
}
