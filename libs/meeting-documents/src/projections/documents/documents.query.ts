import type { EntityManager } from 'typeorm';
import type { KallelseDocument, MeetingDocument } from '#libs/documents';

export type StoredDocumentKind = 'protokoll' | 'minnesanteckningar' | 'kallelse';

export interface StoredDocument<D extends MeetingDocument = MeetingDocument> {
  revision: number;
  document: D;
  /** The meeting stream's version the document was built from. */
  streamVersion: number;
  updatedAt: string;
}

interface Row {
  revision: number;
  document: MeetingDocument;
  stream_version: string;
  updated_at: Date;
}

const toStored = (row: Row): StoredDocument => ({
  revision: row.revision,
  document: row.document,
  streamVersion: Number(row.stream_version),
  updatedAt: row.updated_at.toISOString(),
});

/** One version of a meeting's document: the given revision, or the latest. */
export async function findDocument(
  db: EntityManager,
  tenantId: string,
  meetingId: string,
  kind: StoredDocumentKind,
  revision?: number,
): Promise<StoredDocument | undefined> {
  const rows: Row[] = await db.query(
    `SELECT revision, document, stream_version, updated_at FROM rm_documents
     WHERE tenant_id = $1 AND meeting_id = $2 AND kind = $3 AND ($4::int IS NULL OR revision = $4)
     ORDER BY revision DESC LIMIT 1`,
    [tenantId, meetingId, kind, revision ?? null],
  );
  return rows[0] ? toStored(rows[0]) : undefined;
}

/** Every stored version of a meeting's document, newest first: the history a reader can open. */
export async function listDocumentVersions(
  db: EntityManager,
  tenantId: string,
  meetingId: string,
  kind: StoredDocumentKind,
): Promise<{ revision: number; updatedAt: string }[]> {
  const rows: Row[] = await db.query(
    `SELECT revision, updated_at FROM rm_documents
     WHERE tenant_id = $1 AND meeting_id = $2 AND kind = $3 ORDER BY revision DESC`,
    [tenantId, meetingId, kind],
  );
  return rows.map((row) => ({ revision: row.revision, updatedAt: row.updated_at.toISOString() }));
}

/**
 * The kallelse as it stood after the meeting stream's event at `streamVersion`, once the kallelse
 * projection has applied that event; undefined until then. A stored version is rewritten, under
 * the same sequence, by later events that change nothing a calendar shows, so the version of the
 * moment is the first whose last build is at or after the event.
 */
export async function findKallelseAt(
  db: EntityManager,
  tenantId: string,
  meetingId: string,
  streamVersion: number,
): Promise<StoredDocument<KallelseDocument> | undefined> {
  const rows: Row[] = await db.query(
    `SELECT revision, document, stream_version, updated_at FROM rm_documents
     WHERE tenant_id = $1 AND meeting_id = $2 AND kind = 'kallelse' AND stream_version >= $3
     ORDER BY revision LIMIT 1`,
    [tenantId, meetingId, streamVersion],
  );
  return rows[0] ? (toStored(rows[0]) as StoredDocument<KallelseDocument>) : undefined;
}
