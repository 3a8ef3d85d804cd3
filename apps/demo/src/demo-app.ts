import type { NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '#libs/config';
import { configureHttp } from '#libs/http';
import type { CoreSettings } from '#libs/runtime';
import { ApiModule } from '#libs/service';

/**
 * The API the demo loader talks to: the application `npm start` serves, without the worker
 * (`npm start` projects the demo's events into the read models when it next runs). Listening on
 * 127.0.0.1 on a free port for as long as the load takes.
 */
export async function createDemoApp({
  config,
  databaseUrl,
  logger,
}: CoreSettings & { logger?: NestApplicationOptions['logger'] }): Promise<NestExpressApplication> {
  const apiConfig = Object.assign(new AppConfig(), config, { workerInProcess: false });
  const app = await NestFactory.create<NestExpressApplication>(
    ApiModule.forRoot({ config: apiConfig, databaseUrl }),
    { logger },
  );
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  return app;
}
