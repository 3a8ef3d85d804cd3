import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '#libs/config';
import {
  DATABASE_URL,
  PgEventStore,
  type Projection,
  ProjectionLeases,
  ProjectionRegistry,
  ProjectionRunner,
  rebuildProjection,
} from '#libs/event-store';
import type { JsonLogger } from '#libs/observability';
import { progressBar } from './progress-bar.js';

/** Every registered read model (reactions, which have side effects, are never rebuilt). */
export function readModelsOf(app: INestApplicationContext): Projection[] {
  return app
    .get(ProjectionRegistry)
    .all()
    .filter((p) => p.kind === 'read-model');
}

/**
 * Rebuilds each read model from zero with a progress bar, printing `<name>: rebuilt from N events
 * in S s` for each (`npm run rebuild`, and `npm run restore` after loading a backup).
 */
export async function rebuildReadModels(
  app: INestApplicationContext,
  chosen: Projection[],
  { config, logger }: { config: AppConfig; logger: JsonLogger },
): Promise<void> {
  const dataSource = app.get(DataSource);
  const leases = new ProjectionLeases(app.get<string>(DATABASE_URL));
  await leases.open();
  try {
    for (const projection of chosen) {
      const runner = new ProjectionRunner(
        projection,
        dataSource,
        app.get(PgEventStore),
        leases,
        {
          batchSize: Math.max(config.projectionBatchSize, 2000),
          pollMs: config.projectionPollMs,
          replaying: true,
        },
        logger,
      );
      const bar = progressBar(projection.name);
      const started = performance.now();
      const result = await rebuildProjection(runner, dataSource, leases, bar);
      const seconds = (performance.now() - started) / 1000;
      console.log(`${projection.name}: rebuilt from ${result.processed} events in ${seconds.toFixed(2)} s`);
    }
  } finally {
    await leases.close();
  }
}
