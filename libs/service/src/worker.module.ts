import { type DynamicModule, Module } from '@nestjs/common';
import { MailModule } from '#libs/mail';
import { RemindersWorkerModule } from '#libs/reminders';
import { CoreModule, type CoreSettings } from '#libs/runtime';
import { ProjectionWorker } from './projection-worker.service.js';
import { ReminderPortsModule } from './ports/reminder-ports.module.js';
import { ReadModelsModule } from './read-models.module.js';

/**
 * Projections, reactions, the reminder sweep and the e-mail sender; imported by the API process
 * too when WORKER_IN_PROCESS is true.
 */
@Module({
  imports: [ReadModelsModule, MailModule, ReminderPortsModule, RemindersWorkerModule],
  providers: [ProjectionWorker],
  exports: [ProjectionWorker],
})
export class WorkerModule {}

/** The worker as a process of its own: no HTTP. */
@Module({})
export class WorkerProcessModule {
  static forRoot(settings: CoreSettings): DynamicModule {
    return { module: WorkerProcessModule, imports: [CoreModule.forRoot(settings), WorkerModule] };
  }
}
