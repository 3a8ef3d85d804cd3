import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig, publicBaseUrlOf } from '#libs/config';
import { Clock } from '#libs/shared-kernel';
import type { Attestation } from './attestation.js';
import { findIssuedPdf, type IssuedCopyKey, recordIssuedCopy } from './issued-copies.store.js';
import { OrganisationSeal } from './organisation-seal.js';

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The PDF of a justerat document as the service issues it: sealed once, the first time anyone
 * asks for it, recorded in the ledger of issued copies, and from then on served from there, the
 * identical file each time (the seal's signing time and the signature bytes would differ on a
 * second sealing). A later revision (a rättelse, justerad again) is another key: its own copy.
 */
@Injectable()
export class SealedCopies {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seal: OrganisationSeal,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async pdfOf(key: IssuedCopyKey, attestation: Attestation, render: () => Promise<Buffer>): Promise<Buffer> {
    const issued = await findIssuedPdf(this.dataSource.manager, key);
    if (issued) return issued;
    const sealer = await this.seal.seal();
    const sealedAt = this.clock.now();
    const pdf = await sealer.seal(await render(), {
      name: attestation.organisation ?? 'Samverkan',
      reason: `Justerat ${attestation.group} ${attestation.meeting.number}, revision ${key.revision}`,
      location: 'Sverige',
      contactInfo: this.verificationAddress(),
      // When it was sealed, not when it was justerat: the seal says only what is true of itself.
      signingTime: sealedAt,
    });
    await recordIssuedCopy(
      this.dataSource.manager,
      { ...key, sha256: sha256Of(pdf), sealedAt: sealedAt.toISOString(), attestation },
      pdf,
    );
    // The copy recorded first, this one or a concurrent reader's.
    return (await findIssuedPdf(this.dataSource.manager, key)) as Buffer;
  }

  /** Where a holder of a copy checks it: the /verifiera page. */
  private verificationAddress(): string {
    return `${publicBaseUrlOf(this.config)}/verifiera`;
  }
}
