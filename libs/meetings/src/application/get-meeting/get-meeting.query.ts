import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { MeetingView } from './meeting-view.js';

/** A meeting's current state (drafts included) for its group's members, its justerare and HR. */
export class GetMeetingQuery extends Query<MeetingView> {
  constructor(
    readonly principal: Principal,
    readonly meetingId: string,
  ) {
    super();
  }
}
