import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { HistoryEntry } from '#libs/shared-kernel';

export interface MeetingHistory {
  meetingId: string;
  version: number;
  events: HistoryEntry[];
}

/** Every fact recorded on a meeting, in order, with who recorded it and when. */
export class GetMeetingHistoryQuery extends Query<MeetingHistory> {
  constructor(
    readonly principal: Principal,
    readonly meetingId: string,
  ) {
    super();
  }
}
