import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Attestation } from '../sealed-copies/attestation.js';
import { findIssuedCopyByHash, type IssuedCopy } from '../sealed-copies/issued-copies.store.js';
import { sha256Of } from '../sealed-copies/sealed-copies.js';
import { verificationError } from './verification-errors.js';

/** What a verification answers: a match names the document and its justering, nothing of its content. */
export type VerificationAnswer =
  | ({
      match: true;
      document: IssuedCopy['kind'];
      /** The § of a protokollsutdrag. */
      paragraph?: number;
      revision: number;
      sha256: string;
    } & Attestation)
  | { match: false; sha256: string };

const SHA256 = /^[0-9a-fA-F]{64}$/;

/** A PDF has its header in its first 1024 bytes (ISO 32000-1, 7.5.2, as readers accept it). */
const isPdf = (bytes: Buffer): boolean => bytes.subarray(0, 1024).includes('%PDF-');

/**
 * Verifies a copy of a justerat document: its SHA-256 is looked up in the ledger of issued copies,
 * in every organisation (whoever holds a copy does not need to know whose service it came from;
 * the answer names the organisation). Only a byte-identical file matches. Records nothing.
 */
@Injectable()
export class VerifyCopies {
  constructor(private readonly dataSource: DataSource) {}

  async byFile(bytes: Buffer): Promise<VerificationAnswer> {
    if (bytes.length === 0) throw verificationError.nothingToVerify('the file is empty');
    if (!isPdf(bytes)) throw verificationError.notAPdf();
    return this.lookUp(sha256Of(bytes));
  }

  async byHash(sha256: unknown): Promise<VerificationAnswer> {
    if (typeof sha256 !== 'string' || !SHA256.test(sha256.trim())) throw verificationError.invalidHash();
    return this.lookUp(sha256.trim().toLowerCase());
  }

  private async lookUp(sha256: string): Promise<VerificationAnswer> {
    const copy = await findIssuedCopyByHash(this.dataSource.manager, sha256);
    if (!copy) return { match: false, sha256 };
    const { organisation, group, meeting, justeradAt, approvals } = copy.attestation;
    return {
      match: true,
      document: copy.kind,
      ...(copy.kind === 'protokollsutdrag' ? { paragraph: copy.paragraph } : {}),
      revision: copy.revision,
      sha256,
      organisation,
      group,
      meeting,
      justeradAt,
      approvals,
    };
  }
}
