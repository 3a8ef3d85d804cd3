import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { restoreBackup } from '#libs/database';
import { JsonLogger } from '#libs/observability';
import { runProcess } from '#libs/runtime';
import { fileOption } from './file-option.js';
import { readModelsOf, rebuildReadModels } from './rebuild-read-models.js';
import { RebuildProcessModule } from './rebuild-process.module.js';

const USAGE = 'usage: npm run restore -- --in <file>';
const file = fileOption('--in', USAGE);

/**
 * `npm run restore -- --in <file>`: loads a backup into an empty database (a new DATA_DIR, or an
 * empty DATABASE_URL database, migrated here first), then rebuilds every read model from the
 * restored log. Refuses a database that has data. Run it with the service stopped. See "Backups"
 * in the README.
 */
await runProcess(
  'restore',
  ({ config, databaseUrl }) =>
    NestFactory.createApplicationContext(RebuildProcessModule.forRoot({ config, databaseUrl }), {
      logger: new JsonLogger({ level: 'warn', context: 'restore' }),
    }),
  async (app, context) => {
    const { header, rows } = await restoreBackup(context.databaseUrl, file);
    const counts = Object.entries(rows).map(([table, n]) => `${table} ${n}`);
    console.log(`restored ${file} (made ${header.createdAt} from ${header.database}): ${counts.join(', ')}`);
    await rebuildReadModels(app, readModelsOf(app), context);
    console.log('restore complete: start the service on this DATA_DIR or DATABASE_URL');
  },
);
