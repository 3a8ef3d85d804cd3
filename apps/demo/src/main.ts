import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { JsonLogger } from '#libs/observability';
import { runProcess } from '#libs/runtime';
import { createDemoApp } from './demo-app.js';
import { loadDemo } from './demo-loader.js';
import { formatDemoSummary } from './demo-summary.js';

/**
 * `npm run demo`: loads the demo organisation (seed 002 and the meeting after it) through the HTTP
 * API, on the configured or embedded database like `npm start`, prints the logins and exits.
 * Running it again changes nothing and prints the same.
 */
await runProcess(
  'demo',
  ({ config, databaseUrl }) =>
    createDemoApp({ config, databaseUrl, logger: new JsonLogger({ level: 'warn', context: 'demo' }) }),
  async (app, { config }) => {
    // createDemoApp made an HTTP application; runProcess only knows it as an application context.
    const summary = await loadDemo(app as INestApplication);
    const host = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host;
    console.log(formatDemoSummary(summary, `http://${host}:${config.port}`));
  },
);
