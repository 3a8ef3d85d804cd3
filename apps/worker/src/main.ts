import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runProcess } from '#libs/runtime';
import { WorkerProcessModule } from '#libs/service';

/** The worker alone (no HTTP): `npm run start:worker`. */
await runProcess('worker', async ({ config, databaseUrl, logger }) => {
  const app = await NestFactory.createApplicationContext(
    WorkerProcessModule.forRoot({ config, databaseUrl }),
    { logger },
  );
  await app.init();
  logger.log('worker started');
  return app;
});
