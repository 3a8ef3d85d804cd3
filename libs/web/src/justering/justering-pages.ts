import type { QueryBus } from '@nestjs/cqrs';
import { stockholmTimeRange, tableDate } from '#libs/documents';
import { type GroupView, JUSTERING_DAYS, ListGroupsQuery } from '#libs/groups';
import type { Principal } from '#libs/identity';
import { MayArchiveMeetingQuery } from '#libs/meeting-documents';
import { GetMeetingQuery, type MeetingListing, type MeetingView } from '#libs/meetings';
import { allMeetings } from '../meetings/all-meetings.js';
import {
  archivePackageHref,
  documentHref,
  documentsPageHref,
  justeringPageHref,
  VERIFICATION_PAGE,
} from '../documents/document-links.js';
import { organisationOrEmpty, readOrganisation } from '../administration/read-organisation.js';
import {
  type JusteringWorkflowView,
  actsAsSecretary,
  justeringWorkflowView,
  type WorkflowChoices,
} from './justering-workflow-view.js';
import {
  isAppointedJusterare,
  type JusterareStatus,
  justerareStatuses,
  waitsForMe,
} from './justering-status.js';

export interface JusteringListEntry {
  href: string;
  label: string;
  note: string;
}

export interface JusteringList {
  waiting: JusteringListEntry[];
  others: JusteringListEntry[];
}

const membershipOf = (group: GroupView, principal: Principal) =>
  group.members.find((member) => member.person.personId === principal.accountId);

/**
 * The closed meetings of my groups where I am an appointed justerare, newest first, from the
 * meetings read model (ListMeetingsQuery, as Min sida reads it): no meeting stream is folded.
 */
async function myJusteringMeetings(
  queries: QueryBus,
  principal: Principal,
): Promise<{ meeting: MeetingListing; groupName: string }[]> {
  const groups = (await queries.execute(new ListGroupsQuery(principal))).filter(
    (group) => membershipOf(group, principal) !== undefined,
  );
  const groupNames = new Map(groups.map((group) => [group.groupId, group.name]));
  const meetings = await allMeetings(queries, principal, {
    groupIds: [...groupNames.keys()],
    statuses: ['closed'],
    justerare: principal.accountId,
  });
  return meetings
    .map((meeting) => ({ meeting, groupName: groupNames.get(meeting.groupId) ?? '' }))
    .sort((a, b) => Date.parse(b.meeting.startsAt) - Date.parse(a.meeting.startsAt));
}

const labelOf = (meeting: { protocolNumber?: string; startsAt: string }, groupName: string) =>
  `${groupName}, ${meeting.protocolNumber ? `protokoll ${meeting.protocolNumber}` : 'protokoll'}, ${tableDate(meeting.startsAt)}`;

/** /justering: what waits for me, then the rest of my justeringar (awaiting others, or done). */
export async function justeringList(queries: QueryBus, principal: Principal): Promise<JusteringList> {
  const meetings = await myJusteringMeetings(queries, principal);
  const entry = ({ meeting, groupName }: { meeting: MeetingListing; groupName: string }) => ({
    href: justeringPageHref(meeting.meetingId),
    label: labelOf(meeting, groupName),
    note: noteOf(meeting, principal),
  });
  const waiting = meetings.filter(({ meeting }) => waitsForMe(meeting, principal));
  const others = meetings.filter(({ meeting }) => !waitsForMe(meeting, principal));
  return { waiting: waiting.map(entry), others: others.map(entry) };
}

function noteOf(meeting: MeetingListing, principal: Principal): string {
  if (meeting.protocolStatus === 'justerat') return 'Justerat';
  if (meeting.protocolStatus === 'change requested')
    return 'Ändring föreslagen – väntar på sekreterarens svar';
  const by = meeting.justeringLastDate ? ` – senast ${tableDate(meeting.justeringLastDate)}` : '';
  return meeting.awaitingJusteringBy.includes(principal.accountId)
    ? `Väntar på din justering${by}`
    : `Du har justerat – väntar på de andra justerarna${by}`;
}

export interface JusteringPage {
  heading: string;
  meetingLine: string;
  statusText: string;
  revisionLabel: string;
  /** The start of the hash, for people to compare; the form carries all of it. */
  textHashShort: string;
  protocolHref: string;
  protocolPdfHref: string;
  documentsHref: string;
  /** The archive package, once there is a justerat revision, for those who may make it (meeting.archive). */
  archiveHref: string | null;
  /** Once justerat: the sealed PDF can be verified on /verifiera (issue 13). */
  verificationHref: string | null;
  /** From revision 2 on: what changed since the revision before. */
  changesHref: string | null;
  changesLabel: string;
  justerare: JusterareStatus[];
  appointed: boolean;
  canApprove: boolean;
  /** An appointed justerare who has not approved: may propose a change to a §. */
  canPropose: boolean;
  revision: number;
  textHash: string;
  /** The meeting id as a path segment of the forms' actions. */
  meetingIdPath: string;
  workflow: JusteringWorkflowView;
}

const STATUS_TEXT: Record<MeetingView['protocolStatus'], string> = {
  'no protocol': 'Mötet är inte avslutat än',
  'awaiting justering': 'Väntar på justering',
  'change requested': 'Ändring föreslagen – väntar på sekreterarens svar',
  justerat: 'Justerat',
};

/**
 * /justering/{meetingId}: the revision to justera with the hash of its text (which the forms send
 * back, so an approval names the text the justerare read), each justerare's status, and what I may
 * do. Read through GetMeetingQuery, so only those who read the meeting (members, its justerare, HR) see it.
 */
export async function justeringPage(
  queries: QueryBus,
  principal: Principal,
  meetingId: string,
  now: Date,
  choices?: WorkflowChoices,
): Promise<JusteringPage> {
  const meeting = await queries.execute(new GetMeetingQuery(principal, meetingId));
  // The days a request without a date gets, which the request form suggests: read only for those
  // who may see that form (a justerare's page view reads no organisation).
  const justeringDays = actsAsSecretary(meeting, principal)
    ? organisationOrEmpty(await readOrganisation(queries, principal), principal).justeringDays
    : JUSTERING_DAYS.default;
  const groups = await queries.execute(new ListGroupsQuery(principal));
  const groupName = groups.find(({ groupId }) => groupId === meeting.groupId)?.name ?? '';
  const protocol = meeting.protocol;
  const revision = protocol?.revision ?? 0;
  const appointed = isAppointedJusterare(meeting, principal);
  const justerare = justerareStatuses(meeting, principal);
  const mine = justerare.find(({ isMe }) => isMe);
  const open = protocol !== undefined && meeting.protocolStatus !== 'justerat';
  const mayArchive =
    meeting.publishedRevision !== undefined &&
    (await queries.execute(new MayArchiveMeetingQuery(principal, meetingId)));
  return {
    heading: `Justering: ${labelOf({ startsAt: meeting.startsAt, protocolNumber: meeting.protocolNumber?.formatted }, groupName)}`,
    meetingLine: `${tableDate(meeting.startsAt)}, kl. ${stockholmTimeRange(meeting.startsAt, meeting.endsAt)}${meeting.place ? `, ${meeting.place}` : ''}`,
    statusText: STATUS_TEXT[meeting.protocolStatus],
    revisionLabel: `Revision ${revision}`,
    textHashShort: protocol ? protocol.textHash.replace(/^sha256:/, '').slice(0, 12) : '',
    protocolHref: documentHref(meetingId, 'protokoll', 'html', { revision }),
    protocolPdfHref: documentHref(meetingId, 'protokoll', 'pdf', { revision }),
    documentsHref: documentsPageHref(meetingId),
    archiveHref: mayArchive ? archivePackageHref(meetingId) : null,
    verificationHref: meeting.protocolStatus === 'justerat' ? VERIFICATION_PAGE : null,
    changesHref: revision > 1 ? `${justeringPageHref(meetingId)}/andringar` : null,
    changesLabel: `Vad har ändrats sedan revision ${revision - 1}`,
    justerare,
    appointed,
    canApprove: open && meeting.protocolStatus === 'awaiting justering' && mine?.state === 'väntar',
    canPropose: open && mine !== undefined && mine.state !== 'justerat',
    revision,
    textHash: protocol?.textHash ?? '',
    meetingIdPath: encodeURIComponent(meetingId),
    workflow: justeringWorkflowView(meeting, principal, now, justeringDays, choices),
  };
}
