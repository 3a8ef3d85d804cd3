import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { PgEventStore } from '#libs/event-store';
import { verifyJusteredDocuments } from '#libs/meeting-documents';
import { JsonLogger } from '#libs/observability';
import { CoreModule, runProcess } from '#libs/runtime';

/**
 * `npm run verify-documents`: checks every stored protokoll and minnesanteckningar revision that
 * has justering events, in every tenant, against the justering recorded in its meeting's event
 * log (what the documents endpoint checks before it serves one). One line per mismatch, then a
 * summary; exit code 1 when anything does not match. Only reads; a mismatch is repaired by
 * rebuilding the read model (`npm run rebuild -- documents-protokoll`).
 */
await runProcess(
  'verify-documents',
  ({ config, databaseUrl }) =>
    NestFactory.createApplicationContext(CoreModule.forRoot({ config, databaseUrl }), {
      logger: new JsonLogger({ level: 'warn', context: 'verify-documents' }),
    }),
  async (app) => {
    const { checked, mismatches } = await verifyJusteredDocuments(
      app.get(DataSource).manager,
      app.get(PgEventStore),
    );
    for (const m of mismatches) {
      console.log(
        `MISMATCH tenant=${m.tenantId} meeting=${m.meetingId} ${m.kind} revision=${m.revision} ` +
          `justering=${m.justeringHash} expected=${m.expectedHash} actual=${m.actualHash}: ${m.reason}`,
      );
    }
    console.log(`verify-documents: ${checked} checked, ${mismatches.length} mismatched`);
    // runProcess exits 1 on a thrown error (and logs it): a mismatch must fail a script or a cron job.
    if (mismatches.length > 0)
      throw new Error(`${mismatches.length} of ${checked} justered documents do not match the event log`);
  },
);
