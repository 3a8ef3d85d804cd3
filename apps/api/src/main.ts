import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { requestLogging } from '#libs/observability';
import { runProcess } from '#libs/runtime';
import { ApiModule } from './api.module.js';

/** `npm start`: the HTTP API (and, by default, the worker) on the configured or embedded database. */
await runProcess('api', async ({ config, databaseUrl, logger }) => {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot({ config, databaseUrl }), {
    logger,
  });
  app.use(requestLogging(logger));
  await app.listen(config.port, config.host);
  logger.log(`listening on http://${config.host}:${config.port} (health: /health, metrics: /metrics)`);
  return app;
});
