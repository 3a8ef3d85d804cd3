import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { GroupDirectory, groupDecider, requirePermission } from '#libs/groups';
import { groupStream } from '#libs/shared-kernel';
import { ListMeetingsQuery, type MeetingListPage } from './list-meetings.query.js';
import { MeetingList } from './meeting-list.js';

/**
 * The meetings of some groups, for one who may read each group (its members, HR, admins and the
 * employees who read its published records): what GET /api/groups/{id} shows them of its
 * meetings, with dates and protocol state but no item text.
 */
@QueryHandler(ListMeetingsQuery)
export class ListMeetingsHandler implements IQueryHandler<ListMeetingsQuery> {
  constructor(
    private readonly directory: GroupDirectory,
    private readonly reader: StreamReader,
    private readonly meetings: MeetingList,
  ) {}

  async execute({ principal, filter }: ListMeetingsQuery): Promise<MeetingListPage> {
    const { tenantId } = principal;
    const groupIds = [...new Set(filter.groupIds)];
    const groups = await this.directory.groupsById(tenantId, groupIds);
    if (groups.length < groupIds.length) {
      // The store's own not-found error for the first id without a stream.
      const known = new Set(groups.map(({ groupId }) => groupId));
      const missing = groupIds.find((groupId) => !known.has(groupId)) as string;
      await this.reader.loadExisting(groupStream(tenantId, missing), groupDecider);
    }
    for (const { state } of groups) requirePermission(principal, 'group.read', { group: state });
    return this.meetings.list(
      tenantId,
      groups.map(({ groupId, state }) => ({ groupId, meetingIds: state.meetingIds })),
      { ...filter, groupIds },
    );
  }
}
