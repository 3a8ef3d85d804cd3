import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type Audience,
  forAudience,
  type MeetingDocument,
  type ProtocolDocument,
  protocolExtract,
} from '#libs/documents';
import type { StoredEvent } from '#libs/event-store';
import {
  findDocument,
  type StoredDocument,
  type StoredDocumentKind,
} from '../../projections/documents/documents.query.js';
import { type Attestation, attestationOf } from '../../sealed-copies/attestation.js';
import { checkJusteredDocument, isJusteredKind } from '../integrity/document-integrity.js';
import { documentError } from './document-errors.js';
import type { DocumentFile } from './document-file.js';
import type { MeetingDocumentResult } from './get-document.query.js';

/** Which document, once the caller's rights have decided the revision and the audience. */
export interface MeetingDocumentRequest {
  tenantId: string;
  meetingId: string;
  /**
   * Only a PDF carries an attestation (what its seal says); for another format, or none (a page
   * reading the model), the lookups behind it are skipped.
   */
  file: Pick<DocumentFile, 'kind' | 'paragraph'> & Partial<Pick<DocumentFile, 'format'>>;
  /** Undefined: the latest stored revision. */
  revision?: number;
  audience: Audience;
}

const logger = new Logger('DocumentIntegrity');

/**
 * A meeting's document from the documents read models, as the reader decided on may have it: the
 * stored revision, refused if it does not match its justering in the log (`events`, the meeting's
 * whole stream), in the audience's version, cut down to one § for a protokollsutdrag. Shared by the
 * documents API (GetMeetingDocumentHandler) and the archive package, which decide access each
 * their own way and must not build documents two ways.
 */
export async function meetingDocumentOf(
  db: EntityManager,
  events: readonly StoredEvent[],
  { tenantId, meetingId, file, revision, audience }: MeetingDocumentRequest,
): Promise<MeetingDocumentResult> {
  const storedKind = file.kind === 'protokollsutdrag' ? 'protokoll' : file.kind;
  const stored = await findDocument(db, tenantId, meetingId, storedKind, revision);
  if (!stored) throw documentError.notFound(meetingId, file.kind, revision);
  refuseIfTampered(events, tenantId, meetingId, storedKind, stored);
  const document = forAudience(stored.document, audience);
  const attestation =
    file.format === 'pdf'
      ? await attestationFor(db, events, tenantId, meetingId, storedKind, stored)
      : undefined;
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
async function attestationFor(
  db: EntityManager,
  events: readonly StoredEvent[],
  tenantId: string,
  meetingId: string,
  kind: StoredDocumentKind,
  stored: StoredDocument,
): Promise<Attestation | undefined> {
  if (kind === 'kallelse') return undefined;
  if (kind === 'protokoll') return attestationOf(stored.document as ProtocolDocument);
  const protocol = await findDocument(db, tenantId, meetingId, 'protokoll', stored.revision);
  if (!protocol) return undefined;
  const check = checkJusteredDocument(events, 'protokoll', protocol);
  if (check.justered && check.failure) return undefined;
  return attestationOf(protocol.document as ProtocolDocument);
}

/** A justered revision is served only as the log has it (see checkJusteredDocument). */
function refuseIfTampered(
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
  logger.error({
    msg: 'A stored document does not match its justering',
    tenantId,
    meetingId,
    ...failure,
  });
  throw documentError.integrityFailed(meetingId, kind, failure.revision, failure.justeringHash);
}

function extractOf(document: MeetingDocument, paragraph: number): MeetingDocument {
  const extract = protocolExtract(document as ProtocolDocument, paragraph);
  if (!extract) throw documentError.noSuchParagraph(paragraph);
  return extract;
}
