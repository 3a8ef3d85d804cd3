import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import { PdfSeal, type SealCertificate, selfSignedSeal } from '#libs/documents';
import { Clock } from '#libs/shared-kernel';

/** document_seals' row of the service's own seal. */
const SELF_SIGNED = 'self-signed';
/** The self-signed certificate's name: ASCII, as the signature dictionary keeps it. */
const SELF_SIGNED_NAME = 'Samverkan - sigill for justerade protokoll';

/**
 * The seal every justerat copy is signed with: the organisation's PKCS#12 (SEAL_P12_PATH and
 * SEAL_P12_PASSWORD) when configured; otherwise the service's own self-signed seal, made on first
 * need and kept in the database (document_seals, see IssuedCopies1732360000000), so every process
 * and every restart signs with the same certificate. Loaded once per process.
 */
@Injectable()
export class OrganisationSeal implements OnApplicationBootstrap {
  private readonly logger = new Logger('OrganisationSeal');
  private loading?: Promise<PdfSeal>;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A configured seal that cannot sign (no file, a wrong password) stops the start, saying why. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.sealP12Path) await this.seal();
  }

  seal(): Promise<PdfSeal> {
    // A failure is not kept: the next copy tries again (a file put in place, the database back).
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  private async load(): Promise<PdfSeal> {
    const { sealP12Path, sealP12Password } = this.config;
    if (sealP12Path) {
      return new PdfSeal({ p12: await readFile(sealP12Path), password: sealP12Password ?? '' });
    }
    return new PdfSeal(await this.selfSigned());
  }

  private async selfSigned(): Promise<SealCertificate> {
    const stored = await this.storedSelfSigned();
    if (stored) return stored;
    this.logger.warn(
      'No SEAL_P12_PATH: justerade protocols are sealed with a self-signed certificate of the service (kept in the database)',
    );
    // The password guards nothing beside the database row; it is there because PKCS#12 wants one.
    const made = selfSignedSeal(SELF_SIGNED_NAME, randomBytes(18).toString('base64url'), this.clock.now());
    await this.dataSource.query(
      `INSERT INTO document_seals (name, p12, password, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO NOTHING`,
      [SELF_SIGNED, made.p12, made.password, this.clock.now().toISOString()],
    );
    // Another process may have made one first: every process uses the one stored.
    return (await this.storedSelfSigned()) as SealCertificate;
  }

  private async storedSelfSigned(): Promise<SealCertificate | undefined> {
    const rows: { p12: Buffer; password: string }[] = await this.dataSource.query(
      'SELECT p12, password FROM document_seals WHERE name = $1',
      [SELF_SIGNED],
    );
    return rows[0] ? { p12: rows[0].p12, password: rows[0].password } : undefined;
  }
}
