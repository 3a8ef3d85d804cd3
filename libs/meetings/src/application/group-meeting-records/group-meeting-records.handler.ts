import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { type GroupMeetingRecord, GroupMeetingRecordsQuery } from '#libs/groups';
import { formatProtocolNumber, meetingStream, stockholmDate } from '#libs/shared-kernel';
import { meetingDecider, type MeetingState, topicItems } from '../../domain/index.js';

/**
 * Answers the groups context's port: each of a group's meetings as a skyddskommitté's rhythm and
 * its AML 6:9 questions need it. The date is when the meeting was really held, where the closing
 * said so, else when it was planned.
 */
@QueryHandler(GroupMeetingRecordsQuery)
export class GroupMeetingRecordsHandler implements IQueryHandler<GroupMeetingRecordsQuery> {
  constructor(private readonly reader: StreamReader) {}

  async execute({ tenantId, meetingIds }: GroupMeetingRecordsQuery): Promise<GroupMeetingRecord[]> {
    const states = await Promise.all(
      meetingIds.map(
        async (meetingId) =>
          (await this.reader.loadExisting(meetingStream(tenantId, meetingId), meetingDecider)).state,
      ),
    );
    return states.filter((state) => state.status !== 'unscheduled').map(recordOf);
  }
}

export function recordOf(state: MeetingState): GroupMeetingRecord {
  const { protocolNumber } = state;
  return {
    meetingId: state.meetingId as string,
    status: state.status as GroupMeetingRecord['status'],
    date: stockholmDate((state.startedAt ?? state.startsAt) as string),
    ...(protocolNumber === undefined || state.status !== 'closed'
      ? {}
      : { protocolNumber: formatProtocolNumber(protocolNumber) }),
    topicItems: topicItems(state).map(({ topic, handled, paragraph }) => ({
      topic,
      handled,
      ...(paragraph === undefined ? {} : { paragraph }),
    })),
  };
}
