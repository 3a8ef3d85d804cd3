import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';

/**
 * Whether the caller may make the meeting's archive package now (justerat, and meeting.archive):
 * what the pages ask before they offer the link. Same rules as GetArchivePackageQuery.
 */
export class MayArchiveMeetingQuery extends Query<boolean> {
  constructor(
    readonly principal: Principal,
    readonly meetingId: string,
  ) {
    super();
  }
}
