import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureHttp, setupOpenApi } from '#libs/http';
import { readIdentityEnvironment } from '#libs/identity';
import { httpMetrics, requestLogging } from '#libs/observability';
import { runProcess } from '#libs/runtime';
import { ApiModule } from '#libs/service';

/** `npm start`: the HTTP API (and, by default, the worker) on the configured or embedded database. */
await runProcess('api', async ({ config, databaseUrl, logger }) => {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot({ config, databaseUrl }), {
    logger,
  });
  app.use(requestLogging(logger));
  app.use(httpMetrics());
  // Security headers, body limit, validation and problem+json, exactly as the e2e tests build the
  // app; HSTS only behind HTTPS, which SESSION_COOKIE_SECURE=true says.
  configureHttp(app, {
    strictTransportSecurity: readIdentityEnvironment().secureCookie,
    trustProxy: config.trustProxy,
  });
  setupOpenApi(app, 'api/docs');
  await app.listen(config.port, config.host);
  logger.log(
    `listening on http://${config.host}:${config.port} (health: /health, metrics: /metrics, API docs: /api/docs)`,
  );
  return app;
});
