import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DATABASE_URL,
  PgEventStore,
  ProjectionLeases,
  ProjectionRunner,
  readProjectionStatus,
} from '#libs/event-store';
import { carryOverProjection } from '#libs/meetings';

/**
 * The demo app runs without the worker, but the next meeting's agenda proposal is read from the
 * carry-over read model: the loader brings that one read model up to the log before scheduling the
 * next meeting and before reading the demo back. When a running worker holds the projection's
 * lease, the worker does it; the loader then leaves it alone (its proposal follows moments later).
 */
export async function catchUpCarryOver(app: INestApplication): Promise<void> {
  const leases = new ProjectionLeases(app.get<string>(DATABASE_URL));
  await leases.open();
  try {
    const runner = new ProjectionRunner(
      carryOverProjection,
      app.get(DataSource),
      app.get(PgEventStore),
      leases,
      { batchSize: 500, pollMs: 20 },
    );
    await runner.prepare();
    if (!(await leases.tryAcquire(carryOverProjection.name))) return;
    // Until the whole log is applied, not until a batch comes back empty: the fence is server-wide,
    // so another database's open transaction can hold back the events just written here (then the
    // next meeting's proposal would miss the APT's question, and take it up later, out of order).
    const dataSource = app.get(DataSource);
    const lag = async () =>
      (await readProjectionStatus(dataSource.manager)).find(
        (row) => row.projection === carryOverProjection.name,
      )?.lagEvents;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
      if ((await runner.processBatch()).processed > 0) continue;
      if ((await lag()) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await leases.close();
  }
}
