import { Module } from '@nestjs/common';
import { Clock, SystemClock } from './application/clock.js';

/**
 * The command path every context uses (clock, executor, stream reader and catalog), one instance
 * for the app. PgEventStore and its pool come from EventStoreModule.
 */
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }],
  exports: [Clock],
})
export class SharedKernelModule {}
