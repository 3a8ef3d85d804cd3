import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  DATABASE_URL,
  PgEventStore,
  ProjectionLeases,
  ProjectionRegistry,
  ProjectionRunner,
  rebuildProjection,
} from '#libs/event-store';
import { JsonLogger } from '#libs/observability';
import { runProcess } from '#libs/runtime';
import { progressBar } from './progress-bar.js';
import { RebuildProcessModule } from './rebuild-process.module.js';

const USAGE = 'usage: npm run rebuild -- <projection name> | --all | --list';

/**
 * Rebuilds read models from zero: `npm run rebuild -- stream-activity`. Works whether or not a
 * worker is running: if one owns the projection it replays it and this shows the progress.
 * Reactions (side effects such as e-mail) are never rebuilt.
 */
await runProcess(
  'rebuild',
  ({ config, databaseUrl }) =>
    NestFactory.createApplicationContext(RebuildProcessModule.forRoot({ config, databaseUrl }), {
      logger: new JsonLogger({ level: 'warn', context: 'rebuild' }),
    }),
  async (app, { config, logger }) => {
    const readModels = app
      .get(ProjectionRegistry)
      .all()
      .filter((p) => p.kind === 'read-model');
    const argument = process.argv[2];
    if (argument === '--list') return console.log(readModels.map((p) => p.name).join('\n'));
    const chosen = argument === '--all' ? readModels : readModels.filter((p) => p.name === argument);
    if (chosen.length === 0)
      throw new Error(argument ? `no read model named "${argument}"; ${USAGE}` : USAGE);

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
        const result = await rebuildProjection(runner, dataSource, leases, (p) => bar(p.processed, p.total));
        const seconds = (performance.now() - started) / 1000;
        console.log(`${projection.name}: rebuilt from ${result.processed} events in ${seconds.toFixed(2)} s`);
      }
    } finally {
      await leases.close();
    }
  },
);
