import type { EntityManager } from 'typeorm';
import type { Attestation } from './attestation.js';

/** Which issued copy: one per document as a reader gets it (see IssuedCopies1732360000000). */
export interface IssuedCopyKey {
  tenantId: string;
  meetingId: string;
  kind: 'protokoll' | 'minnesanteckningar' | 'protokollsutdrag';
  /** The § of a protokollsutdrag, 0 otherwise. */
  paragraph: number;
  revision: number;
  audience: 'members' | 'public';
}

export interface IssuedCopy extends IssuedCopyKey {
  sha256: string;
  sealedAt: string;
  attestation: Attestation;
}

interface Row {
  tenant_id: string;
  meeting_id: string;
  kind: IssuedCopyKey['kind'];
  paragraph: number;
  revision: number;
  audience: IssuedCopyKey['audience'];
  sha256: string;
  sealed_at: Date;
  attestation: Attestation;
}

const COLUMNS = 'tenant_id, meeting_id, kind, paragraph, revision, audience, sha256, sealed_at, attestation';

const toCopy = (row: Row): IssuedCopy => ({
  tenantId: row.tenant_id,
  meetingId: row.meeting_id,
  kind: row.kind,
  paragraph: row.paragraph,
  revision: row.revision,
  audience: row.audience,
  sha256: row.sha256,
  sealedAt: row.sealed_at.toISOString(),
  attestation: row.attestation,
});

/** The sealed bytes of an issued copy, or undefined when it was never issued. */
export async function findIssuedPdf(db: EntityManager, key: IssuedCopyKey): Promise<Buffer | undefined> {
  const rows: { pdf: Buffer }[] = await db.query(
    `SELECT pdf FROM issued_copies
     WHERE tenant_id = $1 AND meeting_id = $2 AND kind = $3 AND paragraph = $4 AND revision = $5 AND audience = $6`,
    [key.tenantId, key.meetingId, key.kind, key.paragraph, key.revision, key.audience],
  );
  return rows[0]?.pdf;
}

/**
 * Records a sealed copy unless one was issued first (two readers at once, two API processes):
 * then that one stays, and the caller serves it (findIssuedPdf again), so every reader of the
 * same document gets the same bytes.
 */
export async function recordIssuedCopy(db: EntityManager, copy: IssuedCopy, pdf: Buffer): Promise<void> {
  await db.query(
    `INSERT INTO issued_copies (${COLUMNS}, pdf) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT DO NOTHING`,
    [
      copy.tenantId,
      copy.meetingId,
      copy.kind,
      copy.paragraph,
      copy.revision,
      copy.audience,
      copy.sha256,
      copy.sealedAt,
      JSON.stringify(copy.attestation),
      pdf,
    ],
  );
}

/** The issued copy with this sha256, in any organisation (a verification names no tenant). */
export async function findIssuedCopyByHash(
  db: EntityManager,
  sha256: string,
): Promise<IssuedCopy | undefined> {
  const rows: Row[] = await db.query(`SELECT ${COLUMNS} FROM issued_copies WHERE sha256 = $1`, [sha256]);
  return rows[0] ? toCopy(rows[0]) : undefined;
}
