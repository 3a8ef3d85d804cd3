import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { AppConfig } from '#libs/config';
import { ReminderSweep } from './reminder-sweep.js';

/**
 * Runs the reminder sweep in the worker every REMINDER_SWEEP_MS, on the injected clock's time. The
 * first run is one interval after start, so a process started for a moment (a test, a command)
 * records nothing; a sweep that fails is logged and the next one tries again (the ledger makes a
 * retry safe). On shutdown the sweep in flight finishes before the pools close.
 */
@Injectable()
export class ReminderSweepScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReminderSweep');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly sweep: ReminderSweep,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
    this.logger.log(`reminder sweep every ${this.config.reminderSweepMs} ms`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce().finally(() => {
        this.running = undefined;
        this.schedule();
      });
    }, this.config.reminderSweepMs);
    this.timer.unref();
  }

  private async runOnce(): Promise<void> {
    try {
      const report = await this.sweep.run();
      if (report.skipped) this.logger.warn(`sweep of ${report.today} waits: ${report.skipped}`);
    } catch (error) {
      this.logger.error(`sweep failed (the next one tries again): ${String(error)}`);
    }
  }
}
