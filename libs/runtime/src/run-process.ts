import type { INestApplicationContext } from '@nestjs/common';
import { type AppConfig, ConfigError, loadConfig } from '#libs/config';
import { migrateDatabase, resolveDatabase, type RunningPostgres } from '#libs/database';
import { JsonLogger } from '#libs/observability';
import { type FirstStop, meaningOf, type StopSignal } from './stop-signals.js';

export interface ProcessContext {
  config: AppConfig;
  databaseUrl: string;
  logger: JsonLogger;
}

/**
 * The life of every long-running process: validate config (exit 1 with one line per bad setting),
 * get a database (the configured one, or start the embedded server), boot Nest, and on SIGINT or
 * SIGTERM drain in order: Nest hooks (HTTP stops, projections finish their batch, pools close),
 * then the embedded PostgreSQL, then exit. We handle the signals ourselves instead of Nest's
 * enableShutdownHooks so the database stops last, after everything that uses it. A repeated
 * signal is judged by meaningOf (stop-signals.ts): npm's echo and a repeated SIGTERM do not cut
 * the drain short; SIGQUIT, or Ctrl-C pressed again, does.
 */
export async function runProcess(
  name: string,
  create: (context: ProcessContext) => Promise<INestApplicationContext>,
  /** For one-shot commands: runs once the app is up, then the process shuts down the same way. */
  command?: (app: INestApplicationContext, context: ProcessContext) => Promise<void>,
): Promise<void> {
  const config = loadConfigOrExit();
  const logger = new JsonLogger({ level: config.logLevel, context: name });
  let database: RunningPostgres | undefined;
  let app: INestApplicationContext | undefined;
  let phase: 'starting' | 'running' | 'stopping' = 'starting';
  let firstStop: FirstStop | undefined;
  // Read through a function: TypeScript cannot see the signal handler setting it between awaits.
  const stopRequested = (): FirstStop | undefined => firstStop;

  const stop = async (reason: string, exitCode: number): Promise<never> => {
    phase = 'stopping';
    logger.log(`${reason}: shutting down`);
    database?.stopWatchdog(); // the pools closing or a slow drain must not start it again
    try {
      await app?.close();
    } catch (error) {
      logger.error(error);
    }
    await database?.stop();
    logger.log('stopped');
    process.exit(exitCode);
  };
  // Registered before the database starts: a Ctrl-C during initdb must not orphan the server.
  const onSignal = (signal: StopSignal) => {
    const meaning = meaningOf(signal, firstStop, Date.now());
    if (meaning === 'ignore') {
      logger.log(`${signal} again: already stopping (SIGQUIT, or Ctrl-C once more, exits now)`);
    } else if (meaning === 'force') {
      logger.warn(`${signal}${firstStop ? ' again' : ''}: stopping the database and exiting now`);
      void Promise.resolve(database?.stop()).finally(() => process.exit(1)); // even with no database yet
    } else {
      firstStop = { signal, at: Date.now() };
      // While starting, honoured as soon as start-up reaches a safe point.
      if (phase === 'running') void stop(signal, 0);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGQUIT'] as const) process.on(signal, () => onSignal(signal));
  process.on('uncaughtException', (error) => {
    logger.error(error);
    void stop('uncaught exception', 1);
  });

  try {
    database = await resolveDatabase(config, logger);
    await migrateDatabase(database.url, logger);
    const early = stopRequested();
    if (early) return stop(early.signal, 0);
    const context = { config, databaseUrl: database.url, logger };
    app = await create(context);
    const requested = stopRequested();
    if (requested) return stop(requested.signal, 0);
    phase = 'running';
    if (!command) return;
    await command(app, context);
    await stop('finished', 0);
  } catch (error) {
    logger.error(error);
    await stop(phase === 'starting' ? 'start-up failed' : 'failed', 1);
  }
}

function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
