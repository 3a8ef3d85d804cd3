import 'reflect-metadata';
import { hostname, userInfo } from 'node:os';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  DATABASE_URL,
  type DeadLetter,
  listDeadLetters,
  PgEventStore,
  ProjectionLeases,
  ProjectionRegistry,
  ProjectionRunner,
  replayHaltedEvent,
  skipHaltedEvent,
} from '#libs/event-store';
import { JsonLogger } from '#libs/observability';
import { runProcess } from '#libs/runtime';
import { RebuildProcessModule } from './rebuild-process.module.js';

const USAGE =
  'usage: npm run dead-letters -- --list | --replay <projection> | --skip <projection> <position> [--by <name>]';

/**
 * What to do about projections halted at an event they cannot apply: `--list` the dead letters,
 * `--replay` the halted event (after a fix), or `--skip` it for good. Works whether or not a
 * worker is running: the halt is lifted or the checkpoint moved in the database, which a running
 * worker sees on its next poll; with no worker, this applies the replayed event itself.
 */
await runProcess(
  'dead-letters',
  ({ config, databaseUrl }) =>
    NestFactory.createApplicationContext(RebuildProcessModule.forRoot({ config, databaseUrl }), {
      logger: new JsonLogger({ level: 'warn', context: 'dead-letters' }),
    }),
  async (app, { config, logger }) => {
    const [action, projection, position] = process.argv.slice(2).filter((_, i, all) => !isByOption(all, i));
    const by = byOption(process.argv.slice(2)) ?? `${userInfo().username}@${hostname()}`;
    const dataSource = app.get(DataSource);
    const print = (line: string): void => void process.stdout.write(`${line}\n`);

    if (action === '--list') {
      const deadLetters = await listDeadLetters(dataSource.manager);
      return print(deadLetters.length === 0 ? 'no dead letters' : deadLetters.map(describe).join('\n'));
    }
    if (action === '--skip' && projection && /^\d+$/.test(position ?? '')) {
      const halt = await skipHaltedEvent(dataSource, projection, Number(position), by);
      return print(`${projection}: skipped event ${halt.position} (${halt.eventType}), by ${by}`);
    }
    if (action !== '--replay' || !projection) throw new Error(USAGE);

    const registered = app.get(ProjectionRegistry).get(projection);
    const leases = new ProjectionLeases(app.get<string>(DATABASE_URL));
    await leases.open();
    try {
      const runner =
        registered &&
        new ProjectionRunner(
          registered,
          dataSource,
          app.get(PgEventStore),
          leases,
          { batchSize: config.projectionBatchSize, pollMs: config.projectionPollMs },
          logger,
        );
      const { outcome, deadLetter } = await replayHaltedEvent(dataSource, leases, projection, by, runner);
      const event = `event ${deadLetter.position} (${deadLetter.eventType})`;
      if (outcome === 'halted') throw new Error(`${projection}: ${event} failed again: ${deadLetter.error}`);
      print(
        outcome === 'applied'
          ? `${projection}: replayed ${event}; the projection runs on`
          : `${projection}: replay of ${event} requested; the worker applies it when it runs`,
      );
    } finally {
      await leases.close();
    }
  },
);

function isByOption(args: string[], index: number): boolean {
  return args[index] === '--by' || args[index - 1] === '--by';
}

function byOption(args: string[]): string | undefined {
  const index = args.indexOf('--by');
  return index >= 0 ? args[index + 1] : undefined;
}

function describe(d: DeadLetter): string {
  const handled = d.handledBy
    ? `, ${d.status === 'skipped' ? 'skipped' : 'replay asked'} by ${d.handledBy} at ${d.handledAt!.toISOString()}`
    : '';
  return `${d.projection}: ${d.status} at event ${d.position} (${d.eventType}), ${d.attempts} attempt(s), last failed ${d.since.toISOString()}${handled}: ${d.error}`;
}
