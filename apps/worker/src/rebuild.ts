import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { JsonLogger } from '#libs/observability';
import { runProcess } from '#libs/runtime';
import { readModelsOf, rebuildReadModels } from './rebuild-read-models.js';
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
  async (app, context) => {
    const readModels = readModelsOf(app);
    const argument = process.argv[2];
    if (argument === '--list') return console.log(readModels.map((p) => p.name).join('\n'));
    const chosen = argument === '--all' ? readModels : readModels.filter((p) => p.name === argument);
    if (chosen.length === 0)
      throw new Error(argument ? `no read model named "${argument}"; ${USAGE}` : USAGE);
    await rebuildReadModels(app, chosen, context);
  },
);
