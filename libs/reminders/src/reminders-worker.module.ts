import { Module } from '@nestjs/common';
import { SharedKernelModule } from '#libs/shared-kernel';
import { ReminderSweep } from './sweep/reminder-sweep.js';
import { ReminderSweepScheduler } from './sweep/reminder-sweep-scheduler.js';

/**
 * The reminder sweep and its interval, for the worker. Needs, from the composition root, the
 * ReminderAccounts port (identity's accounts), AppConfig and TypeORM's DataSource.
 */
@Module({
  imports: [SharedKernelModule],
  providers: [ReminderSweep, ReminderSweepScheduler],
  exports: [ReminderSweep],
})
export class RemindersWorkerModule {}

/** The sweep alone, without the interval: for `npm run reminders` and tests. */
@Module({
  imports: [SharedKernelModule],
  providers: [ReminderSweep],
  exports: [ReminderSweep],
})
export class ReminderSweepModule {}
