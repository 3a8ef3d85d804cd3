import { type DynamicModule, Module } from '@nestjs/common';
import { CoreModule, type CoreSettings } from '#libs/runtime';
import { ProjectionWorker } from './projection-worker.service.js';
import { ReadModelsModule } from './read-models.module.js';

/** Projections and reactions; imported by the API process too when WORKER_IN_PROCESS is true. */
@Module({
  imports: [ReadModelsModule],
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
