import { Query } from '@nestjs/cqrs';
import type { GroupMeetingRecord } from '../../../domain/group/index.js';

/**
 * A port: what the group context needs to know of its meetings (their dates, status and AML 6:9
 * items) to warn a skyddskommitté. The meetings context, which sits above this one, answers it; the
 * caller has already been allowed to read the group.
 */
export class GroupMeetingRecordsQuery extends Query<GroupMeetingRecord[]> {
  constructor(
    readonly tenantId: string,
    readonly groupId: string,
    /** The group's meetings as its stream has them: the answer is exact even before the read model catches up. */
    readonly meetingIds: readonly string[],
  ) {
    super();
  }
}
