import 'reflect-metadata';
import { statSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { writeBackup } from '#libs/database';
import { JsonLogger } from '#libs/observability';
import { runProcess } from '#libs/runtime';
import { fileOption } from './file-option.js';
import { RebuildProcessModule } from './rebuild-process.module.js';

const USAGE = 'usage: npm run backup -- --out <file>';
const file = fileOption('--out', USAGE);

/**
 * `npm run backup -- --out <file>`: writes what cannot be made again (the log, command records,
 * accounts, sessions, API tokens, projection positions) to one file, a consistent moment even
 * while the service runs. On the embedded PostgreSQL it borrows the running server, or starts and
 * stops it. See "Backups" in the README.
 */
await runProcess(
  'backup',
  ({ config, databaseUrl }) =>
    NestFactory.createApplicationContext(RebuildProcessModule.forRoot({ config, databaseUrl }), {
      logger: new JsonLogger({ level: 'warn', context: 'backup' }),
    }),
  async (_app, { databaseUrl }) => {
    const { rows } = await writeBackup(databaseUrl, file);
    const counts = Object.entries(rows).map(([table, n]) => `${table} ${n}`);
    console.log(`backup written to ${file} (${statSync(file).size} bytes): ${counts.join(', ')}`);
  },
);
