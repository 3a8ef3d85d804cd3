import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { foldEvents } from '#libs/ddd';
import { StreamReader, toDomainEvent } from '#libs/event-store';
import { requirePermission, GroupDirectory, groupOf } from '#libs/groups';
import { toHistoryEntry, meetingStream } from '#libs/shared-kernel';
import { type MeetingEvent, meetingDecider } from '../../domain/index.js';
import { findLiveAgenda } from '../../projections/carry-over/index.js';
import { hiddenItemsFor, readableEventData } from '../get-meeting/confidential-items.js';
import { GetMeetingHistoryQuery, type MeetingHistory } from './get-meeting-history.query.js';

@QueryHandler(GetMeetingHistoryQuery)
export class GetMeetingHistoryHandler implements IQueryHandler<GetMeetingHistoryQuery> {
  constructor(
    private readonly reader: StreamReader,
    private readonly dataSource: DataSource,
    private readonly directory: GroupDirectory,
  ) {}

  async execute({ principal, meetingId }: GetMeetingHistoryQuery): Promise<MeetingHistory> {
    const stored = await this.reader.history(meetingStream(principal.tenantId, meetingId));
    const state = foldEvents(
      meetingDecider,
      stored.map((event) => toDomainEvent<MeetingEvent>(event)),
    );
    const group = await groupOf(this.directory, principal.tenantId, state.groupId);
    requirePermission(principal, 'meeting.read', { group, meeting: state });
    // A returning item may be confidential by its source only: the live proposal knows.
    const live = await findLiveAgenda(this.dataSource.manager, principal.tenantId, state);
    const hidden = hiddenItemsFor(principal, group, state, live);
    return {
      meetingId,
      version: stored.length,
      events: stored.map((event) => ({
        ...toHistoryEntry(event),
        data: readableEventData(toDomainEvent<MeetingEvent>(event), hidden),
      })),
    };
  }
}
