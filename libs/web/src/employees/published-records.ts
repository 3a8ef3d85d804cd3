import type { QueryBus } from '@nestjs/cqrs';
import { tableDate } from '#libs/documents';
import { ListGroupsQuery } from '#libs/groups';
import type { Principal } from '#libs/identity';
import type { MeetingListing } from '#libs/meetings';
import { documentHref } from '../documents/document-links.js';
import { allMeetings } from '../meetings/all-meetings.js';

export interface PublishedRecord {
  date: string;
  protocolNumber: string;
  protocolHref: string;
  protocolPdfHref: string;
  notesHref: string | null;
  notesPdfHref: string | null;
  sortKey: string;
}

export interface UnitGroupRecords {
  groupName: string;
  levelsLabel: string;
  records: PublishedRecord[];
}

/**
 * /anstallda: the published records (justerade protocols, and an APT's notes once closed) of the
 * groups of my units, always in the public version (confidential items left out), as an employee
 * reads them. The meetings come from the meetings read model (ListMeetingsQuery, for those who may
 * read the group): a closed meeting with a published revision links that revision, public
 * audience, so a member never finds a draft here either; the documents themselves are read (and
 * their access checked again) when the links are followed.
 */
export async function publishedRecordsOfMyUnits(
  queries: QueryBus,
  principal: Principal,
): Promise<UnitGroupRecords[]> {
  const units = new Set(principal.units ?? []);
  const groups = (await queries.execute(new ListGroupsQuery(principal))).filter(
    (group) => group.unitId !== undefined && units.has(group.unitId),
  );
  if (groups.length === 0) return [];
  const closed = await allMeetings(queries, principal, {
    groupIds: groups.map(({ groupId }) => groupId),
    statuses: ['closed'],
  });
  return groups
    .map((group) => ({
      groupName: group.name,
      levelsLabel: group.levelsLabel,
      records: closed
        .filter((meeting) => meeting.groupId === group.groupId)
        .flatMap(publishedRecord)
        .sort((a, b) => b.sortKey.localeCompare(a.sortKey)),
    }))
    .filter(({ records }) => records.length > 0);
}

function publishedRecord(meeting: MeetingListing): PublishedRecord[] {
  const { meetingId, protocolNumber, publishedRevision: revision } = meeting;
  // Only a closed meeting has a number, and only a published revision is for employees.
  if (protocolNumber === undefined || revision === undefined) return [];
  const link = (kind: 'protokoll' | 'minnesanteckningar', format: 'html' | 'pdf') =>
    documentHref(meetingId, kind, format, { revision, audience: 'public' });
  return [
    {
      date: tableDate(meeting.startsAt),
      protocolNumber: `Protokoll ${protocolNumber}`,
      protocolHref: link('protokoll', 'html'),
      protocolPdfHref: link('protokoll', 'pdf'),
      notesHref: link('minnesanteckningar', 'html'),
      notesPdfHref: link('minnesanteckningar', 'pdf'),
      sortKey: meeting.startsAt,
    },
  ];
}
