import 'reflect-metadata';
import { type DynamicModule, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { AppConfig } from '#libs/config';
import {
  DATABASE_URL,
  PgEventStore,
  ProjectionLeases,
  ProjectionRegistry,
  ProjectionRunner,
} from '#libs/event-store';
import { JsonLogger } from '#libs/observability';
import { ReminderSweep, ReminderSweepModule, type SweepReport } from '#libs/reminders';
import { CoreModule, type CoreSettings, runProcess } from '#libs/runtime';
import { ReadModelsModule, ReminderPortsModule } from '#libs/service';

const USAGE = 'usage: npm run reminders [-- --at YYYY-MM-DD | --at <ISO instant>]';

/** What the command needs: the registered read models (to catch up) and the sweep, no interval. */
@Module({})
class RemindersCommandModule {
  static forRoot(settings: CoreSettings): DynamicModule {
    return {
      module: RemindersCommandModule,
      imports: [CoreModule.forRoot(settings), ReadModelsModule, ReminderPortsModule, ReminderSweepModule],
    };
  }
}

/**
 * `npm run reminders [-- --at 2026-05-01]`: one reminder sweep, as the worker runs it every
 * REMINDER_SWEEP_MS, on the day given (for tests and demos: what would go out that day) or now,
 * printing what it recorded. What it records is recorded for good: the worker will not send it
 * again. The schedule and the groups read model are brought up to the log first, unless a running
 * worker owns them (then it does so itself).
 */
await runProcess(
  'reminders',
  ({ config, databaseUrl }) =>
    NestFactory.createApplicationContext(RemindersCommandModule.forRoot({ config, databaseUrl }), {
      logger: new JsonLogger({ level: 'warn', context: 'reminders' }),
    }),
  async (app, { config }) => {
    const at = atOption(process.argv.slice(2));
    await catchUp(app, config, ['groups', 'reminder-schedule']);
    const report = await app.get(ReminderSweep).run(at);
    process.stdout.write(`${describe(report).join('\n')}\n`);
  },
);

function atOption(args: string[]): Date | undefined {
  if (args.length === 0) return undefined;
  if (args[0] !== '--at' || args.length !== 2) throw new Error(USAGE);
  const value = args[1]!;
  // A day alone is taken at noon UTC: the same date in Stockholm, summer or winter.
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new Error(`${USAGE} (got "${value}")`);
  return date;
}

async function catchUp(app: INestApplicationContext, config: AppConfig, names: string[]): Promise<void> {
  const leases = new ProjectionLeases(app.get<string>(DATABASE_URL));
  await leases.open();
  try {
    for (const name of names) {
      const projection = app.get(ProjectionRegistry).get(name);
      if (!projection || !(await leases.tryAcquire(name))) continue;
      const runner = new ProjectionRunner(projection, app.get(DataSource), app.get(PgEventStore), leases, {
        batchSize: Math.max(config.projectionBatchSize, 2000),
        pollMs: config.projectionPollMs,
      });
      await runner.prepare();
      for (;;) {
        const outcome = await runner.processBatch();
        if (outcome.halted || (outcome.processed === 0 && !outcome.stale)) break;
      }
      await leases.release(name);
    }
  } finally {
    await leases.close();
  }
}

function describe(report: SweepReport): string[] {
  if (report.skipped) return [`${report.today}: nothing recorded: ${report.skipped}`];
  return [
    `${report.today}: ${report.reminders.length} reminder(s), ${report.digests.length} HR digest(s) recorded (${report.looked} follow-up(s) looked at)`,
    ...report.reminders.map((r) => {
      const kind = r.kind === 'weekly' ? `weekly ${r.seq}` : r.kind;
      const who = r.to
        ? `to ${r.to}${r.cc.length > 0 ? ` cc ${r.cc.join(', ')}` : ''}`
        : `to no one: ${r.skippedReason}`;
      return `  ${r.tenantId} follow-up ${r.followUpId}: ${kind} (due ${r.dueDate}) ${who}`;
    }),
    ...report.digests.map(
      (d) =>
        `  ${d.tenantId} HR digest ${d.date}: ${d.followUps} follow-up(s) to ${d.recipients.length > 0 ? d.recipients.join(', ') : 'no one (no HR account)'}`,
    ),
  ];
}
