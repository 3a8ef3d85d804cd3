import type { QueryBus } from '@nestjs/cqrs';
import { type ProtocolDocument, tableDate } from '#libs/documents';
import { ListGroupsQuery } from '#libs/groups';
import type { Principal } from '#libs/identity';
import { GetMeetingDocumentQuery, type MeetingDocumentResult } from '#libs/meeting-documents';
import { GetMeetingQuery } from '#libs/meetings';
import { documentHref } from '../documents/document-links.js';
import { readIfAllowed } from '../documents/read-if-allowed.js';

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
 * reads them. Read through the documents query: for someone who is no member it gives only the
 * published revision and refuses the rest; for a member the revision asked is the meeting's
 * publishedRevision, so a member never finds a draft here either.
 */
export async function publishedRecordsOfMyUnits(
  queries: QueryBus,
  principal: Principal,
): Promise<UnitGroupRecords[]> {
  const units = new Set(principal.units ?? []);
  const groups = (await queries.execute(new ListGroupsQuery(principal))).filter(
    (group) => group.unitId !== undefined && units.has(group.unitId),
  );
  const result = await Promise.all(
    groups.map(async (group) => {
      const records = await Promise.all(
        // Only a closed meeting has a number, and only a closed one can be published.
        group.meetings.flatMap(({ meetingId, protocolNumber }) =>
          protocolNumber ? [publishedRecord(queries, principal, meetingId, protocolNumber.formatted)] : [],
        ),
      );
      return {
        groupName: group.name,
        levelsLabel: group.levelsLabel,
        records: records
          .filter((record): record is PublishedRecord => record !== undefined)
          .sort((a, b) => b.sortKey.localeCompare(a.sortKey)),
      };
    }),
  );
  return result.filter(({ records }) => records.length > 0);
}

async function publishedRecord(
  queries: QueryBus,
  principal: Principal,
  meetingId: string,
  protocolNumber: string,
): Promise<PublishedRecord | undefined> {
  // A member reads every revision: ask for the published one by number. Anyone else gets it by default.
  const meeting = await readIfAllowed(queries, new GetMeetingQuery(principal, meetingId));
  if (meeting && meeting.publishedRevision === undefined) return undefined;
  const revision = meeting?.publishedRevision;
  const read = (kind: 'protokoll' | 'minnesanteckningar') =>
    readIfAllowed(
      queries,
      new GetMeetingDocumentQuery(principal, meetingId, { kind }, { revision, audience: 'public' }),
    );
  const protokoll = await read('protokoll');
  if (!protokoll) return undefined;
  const notes = await read('minnesanteckningar');
  const links = (kind: 'protokoll' | 'minnesanteckningar', result: MeetingDocumentResult) => ({
    html: documentHref(meetingId, kind, 'html', { revision: result.revision, audience: 'public' }),
    pdf: documentHref(meetingId, kind, 'pdf', { revision: result.revision, audience: 'public' }),
  });
  const header = (protokoll.document as ProtocolDocument).header;
  return {
    date: tableDate(header.startsAt),
    protocolNumber: `Protokoll ${protocolNumber}`,
    protocolHref: links('protokoll', protokoll).html,
    protocolPdfHref: links('protokoll', protokoll).pdf,
    notesHref: notes ? links('minnesanteckningar', notes).html : null,
    notesPdfHref: notes ? links('minnesanteckningar', notes).pdf : null,
    sortKey: header.startsAt,
  };
}
