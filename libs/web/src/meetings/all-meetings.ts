import type { QueryBus } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import { ListMeetingsQuery, type MeetingListFilter, type MeetingListing } from '#libs/meetings';

/** Every page of ListMeetingsQuery, for a page that shows all of a group's meetings. */
export async function allMeetings(
  queries: QueryBus,
  principal: Principal,
  filter: Omit<MeetingListFilter, 'after' | 'limit'>,
): Promise<MeetingListing[]> {
  const meetings: MeetingListing[] = [];
  let after: MeetingListFilter['after'];
  do {
    const page = await queries.execute(new ListMeetingsQuery(principal, { ...filter, after, limit: 1000 }));
    meetings.push(...page.meetings);
    after = page.next;
  } while (after);
  return meetings;
}
