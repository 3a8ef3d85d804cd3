import { Logger } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { foldEvents } from '#libs/ddd';
import {
  type Audience,
  forAudience,
  type MeetingDocument,
  type ProtocolDocument,
  protocolExtract,
} from '#libs/documents';
import { type StoredEvent, StreamReader, toDomainEvent } from '#libs/event-store';
import { groupOf, isAllowed, requirePermission, seesConfidentialItems } from '#libs/groups';
import { meetingDecider, type MeetingEvent } from '#libs/meetings';
import { meetingStream } from '#libs/shared-kernel';
import {
  findDocument,
  type StoredDocument,
  type StoredDocumentKind,
} from '../../projections/documents/documents.query.js';
import { type Attestation, attestationOf } from '../../sealed-copies/attestation.js';
import { checkJusteredDocument, isJusteredKind } from '../integrity/document-integrity.js';
import { documentError } from './document-errors.js';
import { publishedRevisionFor } from './published-revision.js';
import { GetMeetingDocumentQuery, type MeetingDocumentResult } from './get-document.query.js';

@QueryHandler(GetMeetingDocumentQuery)
export class GetMeetingDocumentHandler implements IQueryHandler<GetMeetingDocumentQuery> {
  private readonly logger = new Logger('DocumentIntegrity');

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
    // The events themselves, not only the folded state: the integrity check needs the justerings.
    const events = await this.reader.history(meetingStream(principal.tenantId, meetingId));
    const state = foldEvents(
      meetingDecider,
      events.map((event) => toDomainEvent<MeetingEvent>(event)),
    );
    const group = await groupOf(this.reader, principal.tenantId, state.groupId);
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

    const storedKind = file.kind === 'protokollsutdrag' ? 'protokoll' : file.kind;
    const stored = await findDocument(
      this.dataSource.manager,
      principal.tenantId,
      meetingId,
      storedKind,
      revision,
    );
    if (!stored) throw documentError.notFound(meetingId, file.kind, revision);
    this.refuseIfTampered(events, principal.tenantId, meetingId, storedKind, stored);
    const document = forAudience(stored.document, audience);
    const attestation = await this.attestationFor(events, principal.tenantId, meetingId, storedKind, stored);
    return {
      document: file.kind === 'protokollsutdrag' ? extractOf(document, file.paragraph as number) : document,
      audience,
      revision: stored.revision,
      streamVersion: stored.streamVersion,
      ...(attestation ? { attestation } : {}),
    };
  }

  /**
   * Whether the revision is justerat, as its protocol says (checked against the log): the protocol
   * itself, or for the minnesanteckningar the protocol of the same revision. The kallelse never is.
   * The notes of a protocol that fails its check are still served, as before, but not sealed: what
   * a seal attests is read from that protocol (the protocol itself is refused, and logged).
   */
  private async attestationFor(
    events: readonly StoredEvent[],
    tenantId: string,
    meetingId: string,
    kind: StoredDocumentKind,
    stored: StoredDocument,
  ): Promise<Attestation | undefined> {
    if (kind === 'kallelse') return undefined;
    if (kind === 'protokoll') return attestationOf(stored.document as ProtocolDocument);
    const protocol = await findDocument(
      this.dataSource.manager,
      tenantId,
      meetingId,
      'protokoll',
      stored.revision,
    );
    if (!protocol) return undefined;
    const check = checkJusteredDocument(events, 'protokoll', protocol);
    if (check.justered && check.failure) return undefined;
    return attestationOf(protocol.document as ProtocolDocument);
  }

  /** A justered revision is served only as the log has it (see checkJusteredDocument). */
  private refuseIfTampered(
    events: readonly StoredEvent[],
    tenantId: string,
    meetingId: string,
    kind: StoredDocumentKind,
    stored: StoredDocument,
  ): void {
    if (!isJusteredKind(kind)) return;
    const check = checkJusteredDocument(events, kind, stored);
    if (!check.justered || !check.failure) return;
    const { failure } = check;
    this.logger.error({
      msg: 'A stored document does not match its justering',
      tenantId,
      meetingId,
      ...failure,
    });
    throw documentError.integrityFailed(meetingId, kind, failure.revision, failure.justeringHash);
  }
}

function extractOf(document: MeetingDocument, paragraph: number): MeetingDocument {
  const extract = protocolExtract(document as ProtocolDocument, paragraph);
  if (!extract) throw documentError.noSuchParagraph(paragraph);
  return extract;
}
