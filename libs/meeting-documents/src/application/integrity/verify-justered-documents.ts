import type { EntityManager } from 'typeorm';
import type { MeetingDocument } from '#libs/documents';
import type { PgEventStore } from '#libs/event-store';
import { meetingStream } from '#libs/shared-kernel';
import {
  checkJusteredDocument,
  type IntegrityFailure,
  JUSTERED_KINDS,
  type JusteredKind,
} from './document-integrity.js';

export interface DocumentMismatch extends IntegrityFailure {
  tenantId: string;
  meetingId: string;
}

export interface VerifyReport {
  /** Revisions with justering events (or claiming one) that were checked. */
  checked: number;
  mismatches: DocumentMismatch[];
}

interface Row {
  tenant_id: string;
  meeting_id: string;
  kind: JusteredKind;
  revision: number;
  document: MeetingDocument;
  stream_version: string;
}

/**
 * Checks every stored protokoll and minnesanteckningar revision of every tenant against the
 * justering events of its meeting (checkJusteredDocument), reading each meeting's stream once.
 * Rows come a meeting at a time, so memory stays at one meeting's documents and events.
 */
export async function verifyJusteredDocuments(db: EntityManager, store: PgEventStore): Promise<VerifyReport> {
  const report: VerifyReport = { checked: 0, mismatches: [] };
  const meetings: { tenant_id: string; meeting_id: string }[] = await db.query(
    `SELECT DISTINCT tenant_id, meeting_id FROM rm_documents WHERE kind = ANY($1) ORDER BY tenant_id, meeting_id`,
    [JUSTERED_KINDS],
  );
  for (const { tenant_id: tenantId, meeting_id: meetingId } of meetings) {
    const events = await store.readStream(tenantId, meetingStream(tenantId, meetingId).streamId);
    const rows: Row[] = await db.query(
      `SELECT tenant_id, meeting_id, kind, revision, document, stream_version FROM rm_documents
       WHERE tenant_id = $1 AND meeting_id = $2 AND kind = ANY($3) ORDER BY kind, revision`,
      [tenantId, meetingId, JUSTERED_KINDS],
    );
    for (const row of rows) {
      const check = checkJusteredDocument(events, row.kind, {
        revision: row.revision,
        document: row.document,
        streamVersion: Number(row.stream_version),
      });
      if (!check.justered) continue;
      report.checked += 1;
      if (check.failure) report.mismatches.push({ tenantId, meetingId, ...check.failure });
    }
  }
  return report;
}
