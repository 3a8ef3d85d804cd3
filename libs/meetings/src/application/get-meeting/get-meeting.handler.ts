import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { StreamReader } from '#libs/event-store';
import { requirePermission, GroupDirectory, groupOf } from '#libs/groups';
import { Clock, meetingStream } from '#libs/shared-kernel';
import { meetingDecider } from '../../domain/index.js';
import { findLiveAgenda } from '../../projections/carry-over/index.js';
import { hiddenItemsFor } from './confidential-items.js';
import { GetMeetingQuery } from './get-meeting.query.js';
import { meetingView, type MeetingView } from './meeting-view.js';
import { noticeView } from './notice-view.js';

@QueryHandler(GetMeetingQuery)
export class GetMeetingHandler implements IQueryHandler<GetMeetingQuery> {
  constructor(
    private readonly reader: StreamReader,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly directory: GroupDirectory,
  ) {}

  async execute({ principal, meetingId }: GetMeetingQuery): Promise<MeetingView> {
    const { state, version } = await this.reader.loadExisting(
      meetingStream(principal.tenantId, meetingId),
      meetingDecider,
    );
    const group = await groupOf(this.directory, principal.tenantId, state.groupId);
    requirePermission(principal, 'meeting.read', { group, meeting: state });
    const live = await findLiveAgenda(this.dataSource.manager, principal.tenantId, state);
    const view = meetingView(state, version, hiddenItemsFor(principal, group, state, live), live);
    const notice = noticeView(state, group, this.clock.now());
    return notice === undefined ? view : { ...view, notice };
  }
}
