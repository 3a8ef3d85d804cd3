import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { foldEvents } from '#libs/ddd';
import type { Audience } from '#libs/documents';
import { StreamReader, toDomainEvent } from '#libs/event-store';
import { GroupDirectory, groupOf, isAllowed, requirePermission, seesConfidentialItems } from '#libs/groups';
import { meetingDecider, type MeetingEvent } from '#libs/meetings';
import { meetingStream } from '#libs/shared-kernel';
import { meetingDocumentOf } from './meeting-document-of.js';
import { publishedRevisionFor } from './published-revision.js';
import { GetMeetingDocumentQuery, type MeetingDocumentResult } from './get-document.query.js';

@QueryHandler(GetMeetingDocumentQuery)
export class GetMeetingDocumentHandler implements IQueryHandler<GetMeetingDocumentQuery> {
  constructor(
    private readonly reader: StreamReader,
    private readonly dataSource: DataSource,
    private readonly directory: GroupDirectory,
  ) {}

  async execute({
    principal,
    meetingId,
    file,
    options,
  }: GetMeetingDocumentQuery): Promise<MeetingDocumentResult> {
    // The events themselves, not only the folded state: the integrity check needs the justerings.
    const events = await this.reader.history(meetingStream(principal.tenantId, meetingId));
    const state = foldEvents(
      meetingDecider,
      events.map((event) => toDomainEvent<MeetingEvent>(event)),
    );
    const group = await groupOf(this.directory, principal.tenantId, state.groupId);
    const facts = { group, meeting: state };
    // Those who read the meeting read every revision; an employee only what is published.
    const readsMeeting = isAllowed(principal, 'meeting.read', facts);
    if (!readsMeeting) requirePermission(principal, 'meeting.read-published', facts);
    const revision = readsMeeting
      ? options.revision
      : publishedRevisionFor(state, file.kind, options.revision);
    const isMember = seesConfidentialItems(principal, group);
    // A member may ask for the public version (to publish it); nobody else can ask for more.
    const audience: Audience = isMember && options.audience !== 'public' ? 'members' : 'public';
    return meetingDocumentOf(this.dataSource.manager, events, {
      tenantId: principal.tenantId,
      meetingId,
      file,
      revision,
      audience,
    });
  }
}
