import { DataSource } from 'typeorm';
import {
  DATABASE_URL,
  PgEventStore,
  ProjectionLeases,
  ProjectionRunner,
  readProjectionStatus,
} from '#libs/event-store';
import { followUpsProjection } from '#libs/follow-ups';
import { waitFor } from '../../event-store/wait-for.js';
import type { ApiTestApp } from './api-test-app.js';

/** Runs the follow-ups projection until it has applied everything (the worker's job in production). */
export async function projectFollowUps(api: ApiTestApp): Promise<void> {
  const dataSource = api.app.get(DataSource);
  const leases = new ProjectionLeases(api.app.get<string>(DATABASE_URL));
  await leases.open();
  const runner = new ProjectionRunner(followUpsProjection, dataSource, api.app.get(PgEventStore), leases, {
    batchSize: 500,
    pollMs: 20,
  });
  await runner.prepare();
  await leases.tryAcquire(followUpsProjection.name);
  await waitFor(
    async () => {
      await runner.processBatch();
      const status = await readProjectionStatus(dataSource.manager);
      return status.find((s) => s.projection === 'follow-ups')?.lagEvents;
    },
    (lag) => lag === 0,
  );
  await leases.close();
}
