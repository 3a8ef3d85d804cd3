import type { QueryBus } from '@nestjs/cqrs';
import { stockholmTimeRange, tableDate } from '#libs/documents';
import { type FollowUpRow, ListFollowUpsQuery } from '#libs/follow-ups';
import { type GroupView, ListGroupsByIdQuery, ListMyGroupsQuery } from '#libs/groups';
import type { Principal } from '#libs/identity';
import { ListMeetingsQuery, type MeetingListing } from '#libs/meetings';
import type { Party } from '#libs/shared-kernel';
import { documentHref } from '../documents/document-links.js';

export interface MyGroup {
  name: string;
  /** The group's page. */
  href: string;
  levelsLabel: string;
  role: string;
  party: string;
}

export interface MyMeeting {
  date: string;
  time: string;
  groupName: string;
  protocolNumber: string | null;
  place: string;
  /** The kallelse's page, once it has been issued. */
  kallelseHref: string | null;
}

export interface MyJustering {
  groupName: string;
  protocolNumber: string;
  date: string;
  protocolHref: string;
  /** Someone asked for a change: the protocol waits for a new revision before anyone justerar. */
  changeRequested: boolean;
}

export interface MyFollowUp {
  action: string;
  groupName: string;
  dueDate: string;
  state: string;
  overdue: boolean;
}

export interface MyOverview {
  groups: MyGroup[];
  meetings: MyMeeting[];
  justering: MyJustering[];
  followUps: MyFollowUp[];
  /** More open follow-ups than the page shows: "Alla mina uppföljningar" has the rest. */
  moreFollowUps: boolean;
}

/** Enough for a start page; the group and follow-up pages will list the rest. */
const NEXT_MEETINGS = 10;
/** The soonest due of my open follow-ups; the follow-up page lists them all. */
const MY_FOLLOW_UPS = 10;
/** Protocols waiting for one justerare: a handful at most; the Justering page lists them all. */
const MAX_JUSTERING = 100;

/**
 * Min sida, read through the query handlers the API uses (so the same access rules apply): my
 * groups from ListGroupsQuery, my next meetings and the protocols waiting for my justering from
 * ListMeetingsQuery (the meetings read model: no meeting stream is folded), my open follow-ups
 * from ListFollowUpsQuery.
 */
export async function myOverview(queries: QueryBus, principal: Principal, now: Date): Promise<MyOverview> {
  // My own groups only (admins and HR may read every group, which at a national installation is
  // thousands): a group a follow-up of mine is in and I do not sit in is named by id below.
  const mine = (await queries.execute(new ListMyGroupsQuery(principal))).filter(
    (group) => membershipOf(group, principal) !== undefined,
  );
  const groupIds = mine.map(({ groupId }) => groupId);
  const [coming, justering, followUps] = await Promise.all([
    queries.execute(
      new ListMeetingsQuery(principal, {
        groupIds,
        statuses: ['scheduled'],
        from: now.toISOString(),
        limit: NEXT_MEETINGS,
      }),
    ),
    queries.execute(
      new ListMeetingsQuery(principal, {
        groupIds,
        statuses: ['closed'],
        awaitingJusteringBy: principal.accountId,
        limit: MAX_JUSTERING,
      }),
    ),
    queries.execute(
      new ListFollowUpsQuery(principal, {
        status: 'open',
        responsibleId: principal.accountId,
        limit: MY_FOLLOW_UPS + 1,
      }),
    ),
  ]);
  const groupNames = new Map(mine.map((group) => [group.groupId, group.name]));
  const elsewhere = [
    ...new Set(
      (followUps as FollowUpRow[]).map(({ groupId }) => groupId).filter((id) => !groupNames.has(id)),
    ),
  ];
  if (elsewhere.length > 0)
    for (const group of await queries.execute(new ListGroupsByIdQuery(principal, elsewhere)))
      groupNames.set(group.groupId, group.name);
  const groupName = (meeting: MeetingListing) => groupNames.get(meeting.groupId) ?? '';
  return {
    groups: mine.map((group) => myGroup(group, principal)),
    meetings: coming.meetings.map((meeting) => myMeeting(meeting, groupName(meeting))),
    justering: justering.meetings.map((meeting) => myJustering(meeting, groupName(meeting))),
    followUps: (followUps as FollowUpRow[])
      .slice(0, MY_FOLLOW_UPS)
      .map((row) => myFollowUp(row, groupNames.get(row.groupId) ?? '')),
    moreFollowUps: followUps.length > MY_FOLLOW_UPS,
  };
}

const membershipOf = (group: GroupView, principal: Principal) =>
  group.members.find((member) => member.person.personId === principal.accountId);

function myGroup(group: GroupView, principal: Principal): MyGroup {
  const membership = membershipOf(group, principal);
  return {
    name: group.name,
    href: `/grupper/${encodeURIComponent(group.groupId)}`,
    levelsLabel: group.levelsLabel,
    role: membership?.role ?? '',
    party: partyName(membership?.party),
  };
}

/** An APT member has no party: they sit as themselves, not for a side. */
const partyName = (party: Party | undefined) =>
  party === undefined ? '' : party.side === 'employer' ? 'arbetsgivaren' : party.organisation;

function myMeeting(meeting: MeetingListing, groupName: string): MyMeeting {
  return {
    date: tableDate(meeting.startsAt),
    time: stockholmTimeRange(meeting.startsAt, meeting.endsAt),
    groupName,
    protocolNumber: meeting.protocolNumber ? `Protokoll ${meeting.protocolNumber}` : null,
    place: meeting.place ?? (meeting.videoLink ? 'Videomöte' : 'Plats ej angiven'),
    kallelseHref: meeting.kallelseIssuedAt ? documentHref(meeting.meetingId, 'kallelse', 'html') : null,
  };
}

/**
 * A closed meeting whose protocol is not justerat, where I am an appointed justerare who has not
 * approved its latest revision: the read model's awaitingJusteringBy, asked for in myOverview.
 */
function myJustering(meeting: MeetingListing, groupName: string): MyJustering {
  return {
    groupName,
    protocolNumber: meeting.protocolNumber ? `protokoll ${meeting.protocolNumber}` : 'protokoll',
    date: tableDate(meeting.startsAt),
    // The Justering page: the protocol to read, the other justerare's status, approve or decline.
    protocolHref: `/justering/${encodeURIComponent(meeting.meetingId)}`,
    changeRequested: meeting.protocolStatus === 'change requested',
  };
}

function myFollowUp(row: FollowUpRow, groupName: string): MyFollowUp {
  const days = row.daysLeft ?? 0;
  const overdue = days < 0;
  const state = overdue
    ? `Försenad ${-days} ${-days === 1 ? 'dag' : 'dagar'}`
    : days === 0
      ? 'Ska vara klar i dag'
      : `${days} ${days === 1 ? 'dag' : 'dagar'} kvar`;
  return { action: row.action, groupName, dueDate: row.dueDate, state, overdue };
}
