import { Logger as NestLogger } from '@nestjs/common';
import type { Logger } from 'typeorm';

/**
 * Routes TypeORM's own messages through Nest's Logger (and so the JSON logger) instead of its
 * default console printer, which writes migration chatter and failures as plain text lines.
 * Query errors reach the caller as exceptions, so they are not logged twice here.
 */
export class TypeOrmLogger implements Logger {
  constructor(
    private readonly logger: Pick<NestLogger, 'debug' | 'log' | 'warn'> = new NestLogger('TypeORM'),
  ) {}

  logQuery(): void {}
  logQueryError(): void {}
  logSchemaBuild(): void {}

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ msg: 'slow query', durationMs: time, query });
  }

  /** runMigrations logs what it applied; the step-by-step account is debug detail. */
  logMigration(message: string): void {
    this.logger.debug(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
    else this.logger.debug(message);
  }
}
