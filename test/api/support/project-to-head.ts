import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DATABASE_URL,
  PgEventStore,
  type Projection,
  ProjectionLeases,
  ProjectionRunner,
  readProjectionStatus,
  type RebuildProgress,
  rebuildProjection,
} from '#libs/event-store';
import { waitFor } from '../../event-store/wait-for.js';

/**
 * Runs read-model projections until each has applied the whole log (the worker's job in
 * production). Waits for lag 0, never for an empty batch: the fence is server-wide.
 */
export async function projectToHead(
  app: INestApplication,
  projections: readonly Projection[],
): Promise<void> {
  const dataSource = app.get(DataSource);
  const leases = new ProjectionLeases(app.get<string>(DATABASE_URL));
  await leases.open();
  try {
    for (const projection of projections) {
      const runner = new ProjectionRunner(projection, dataSource, app.get(PgEventStore), leases, {
        batchSize: 500,
        pollMs: 20,
      });
      await runner.prepare();
      await leases.tryAcquire(projection.name);
      await waitFor(
        async () => {
          await runner.processBatch();
          const status = await readProjectionStatus(dataSource.manager);
          return status.find((row) => row.projection === projection.name)?.lagEvents;
        },
        (lag) => lag === 0,
      );
    }
  } finally {
    await leases.close();
  }
}

/**
 * Rebuilds a read model from the first event, as `npm run rebuild` does; `onProgress` may hold the
 * rebuild between batches (a test looks at what readers see meanwhile).
 */
export async function rebuildFromScratch(
  app: INestApplication,
  projection: Projection,
  { batchSize = 500, onProgress }: { batchSize?: number; onProgress?: (p: RebuildProgress) => unknown } = {},
): Promise<void> {
  const dataSource = app.get(DataSource);
  const leases = new ProjectionLeases(app.get<string>(DATABASE_URL));
  await leases.open();
  try {
    const runner = new ProjectionRunner(projection, dataSource, app.get(PgEventStore), leases, {
      batchSize,
      pollMs: 20,
      replaying: true,
    });
    await rebuildProjection(runner, dataSource, leases, onProgress);
  } finally {
    await leases.close();
  }
}
