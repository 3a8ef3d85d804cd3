import type { INestApplicationContext } from '@nestjs/common';
import { type AppConfig, ConfigError, loadConfig } from '#libs/config';
import { resolveDatabase } from '#libs/database';
import { JsonLogger } from '#libs/observability';

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
 * enableShutdownHooks so the database stops last, after everything that uses it.
 */
export async function runProcess(
  name: string,
  create: (context: ProcessContext) => Promise<INestApplicationContext>,
  /** For one-shot commands: runs once the app is up, then the process shuts down the same way. */
  command?: (app: INestApplicationContext, context: ProcessContext) => Promise<void>,
): Promise<void> {
  const config = loadConfigOrExit();
  const logger = new JsonLogger({ level: config.logLevel, context: name });
  const database = await resolveDatabase(config, logger);
  let app: INestApplicationContext | undefined;
  let stopping = false;

  const stop = async (reason: string, exitCode: number) => {
    if (stopping) {
      logger.warn(`${reason} again: stopping the database and exiting now`);
      await database.stop();
      process.exit(1);
    }
    stopping = true;
    logger.log(`${reason}: shutting down`);
    try {
      await app?.close();
    } catch (error) {
      logger.error(error);
    }
    await database.stop();
    logger.log('stopped');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));
  process.on('uncaughtException', (error) => {
    logger.error(error);
    void stop('uncaught exception', 1);
  });

  const context = { config, databaseUrl: database.url, logger };
  try {
    app = await create(context);
  } catch (error) {
    logger.error(error);
    return stop('start-up failed', 1);
  }
  if (!command) return;
  try {
    await command(app, context);
    await stop('finished', 0);
  } catch (error) {
    logger.error(error);
    await stop('failed', 1);
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
