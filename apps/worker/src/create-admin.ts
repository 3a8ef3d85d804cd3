import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { createAdminFromCommandLine, PasswordHasher, systemClock } from '#libs/identity';
import { JsonLogger } from '#libs/observability';
import { CoreModule, runProcess } from '#libs/runtime';

/**
 * `npm run create-admin -- --email a@b.se [--name "Namn"] [--tenant kommun] [--password-stdin]`
 * Creates an admin, or gives an existing account the admin role (its password is never changed).
 * The password comes from ADMIN_PASSWORD or standard input, never from the command line.
 */
await runProcess(
  'create-admin',
  ({ config, databaseUrl }) =>
    NestFactory.createApplicationContext(CoreModule.forRoot({ config, databaseUrl }), {
      logger: new JsonLogger({ level: 'warn', context: 'create-admin' }),
    }),
  async (app) => {
    const outcome = await createAdminFromCommandLine(process.argv.slice(2), {
      dataSource: app.get(DataSource),
      hasher: new PasswordHasher(),
      clock: systemClock,
    });
    console.log(outcome);
  },
);
