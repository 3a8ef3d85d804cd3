import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import {
  type Audience,
  forAudience,
  type MeetingDocument,
  type ProtocolDocument,
  protocolExtract,
} from '#libs/documents';
import { StreamReader } from '#libs/event-store';
import { requirePermission, memberRole, groupOf } from '#libs/groups';
import { meetingDecider } from '#libs/meetings';
import { meetingStream } from '#libs/shared-kernel';
import { findDocument } from '../../projections/documents/documents.query.js';
import { documentError } from './document-errors.js';
import { GetMeetingDocumentQuery, type MeetingDocumentResult } from './get-document.query.js';

@QueryHandler(GetMeetingDocumentQuery)
export class GetMeetingDocumentHandler implements IQueryHandler<GetMeetingDocumentQuery> {
  constructor(
    private readonly reader: StreamReader,
    private readonly dataSource: DataSource,
  ) {}

  async execute({
    principal,
    meetingId,
    file,
    options,
  }: GetMeetingDocumentQuery): Promise<MeetingDocumentResult> {
    const { state } = await this.reader.loadExisting(
      meetingStream(principal.tenantId, meetingId),
      meetingDecider,
    );
    const group = await groupOf(this.reader, principal.tenantId, state.groupId);
    requirePermission(principal, 'meeting.read', { group, meeting: state });
    const isMember = memberRole(principal, group) !== undefined;
    // A member may ask for the public version (to publish it); nobody else can ask for more.
    const audience: Audience = isMember && options.audience !== 'public' ? 'members' : 'public';

    const storedKind = file.kind === 'protokollsutdrag' ? 'protokoll' : file.kind;
    const stored = await findDocument(
      this.dataSource.manager,
      principal.tenantId,
      meetingId,
      storedKind,
      options.revision,
    );
    if (!stored) throw documentError.notFound(meetingId, file.kind, options.revision);
    const document = forAudience(stored.document, audience);
    return {
      document: file.kind === 'protokollsutdrag' ? extractOf(document, file.paragraph as number) : document,
      audience,
      revision: stored.revision,
      streamVersion: stored.streamVersion,
    };
  }
}

function extractOf(document: MeetingDocument, paragraph: number): MeetingDocument {
  const extract = protocolExtract(document as ProtocolDocument, paragraph);
  if (!extract) throw documentError.noSuchParagraph(paragraph);
  return extract;
}
