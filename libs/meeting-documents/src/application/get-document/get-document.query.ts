import { Query } from '@nestjs/cqrs';
import type { Audience, MeetingDocument } from '#libs/documents';
import type { Principal } from '#libs/identity';
import type { Attestation } from '../../sealed-copies/attestation.js';
import type { DocumentFile } from './document-file.js';

export interface MeetingDocumentResult {
  document: MeetingDocument;
  /** Who the document was prepared for: members see confidential items, everyone else does not. */
  audience: Audience;
  /** The revision (protocol, minnesanteckningar) or sequence (kallelse) of the stored version. */
  revision: number;
  /** The meeting stream version the stored document was built from. */
  streamVersion: number;
  /**
   * Set for a PDF when the revision is justerat (a protokoll, its utdrag or the minnesanteckningar): it
   * is then the sealed copy of the ledger, and this is what a verification of it says.
   */
  attestation?: Attestation;
}

/**
 * One document of a meeting, from the documents read models: the latest version or the given
 * revision, for members or the public. Its group's members, its justerare and HR may read it; only
 * active members of the group get confidential items.
 */
export class GetMeetingDocumentQuery extends Query<MeetingDocumentResult> {
  constructor(
    readonly principal: Principal,
    readonly meetingId: string,
    readonly file: Pick<DocumentFile, 'kind' | 'paragraph'> & Partial<Pick<DocumentFile, 'format'>>,
    readonly options: { revision?: number; audience?: Audience } = {},
  ) {
    super();
  }
}
