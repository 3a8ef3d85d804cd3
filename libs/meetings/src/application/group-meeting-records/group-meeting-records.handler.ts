import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type GroupMeetingRecord, GroupMeetingRecordsQuery } from '#libs/groups';
import { stockholmDate } from '#libs/shared-kernel';
import type { MeetingListing } from '../../projections/meetings/meeting-listing.js';
import { MeetingList } from '../list-meetings/meeting-list.js';

/**
 * Answers the groups context's port: each of a group's meetings as a skyddskommitté's rhythm and
 * its AML 6:9 questions need it, from the meetings read model (no meeting stream is folded while
 * the worker keeps up). The date is when the meeting was really held, where the closing said so,
 * else when it was planned.
 */
@QueryHandler(GroupMeetingRecordsQuery)
export class GroupMeetingRecordsHandler implements IQueryHandler<GroupMeetingRecordsQuery> {
  constructor(private readonly meetings: MeetingList) {}

  async execute({ tenantId, groupId, meetingIds }: GroupMeetingRecordsQuery): Promise<GroupMeetingRecord[]> {
    const listed = await this.meetings.all(tenantId, [{ groupId, meetingIds }], { groupIds: [groupId] });
    return listed.map(recordOf);
  }
}

export function recordOf(meeting: MeetingListing): GroupMeetingRecord {
  return {
    meetingId: meeting.meetingId,
    status: meeting.status,
    date: stockholmDate(meeting.startedAt ?? meeting.startsAt),
    ...(meeting.protocolNumber === undefined || meeting.status !== 'closed'
      ? {}
      : { protocolNumber: meeting.protocolNumber }),
    topicItems: meeting.topicItems,
  };
}
