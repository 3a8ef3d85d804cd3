import { type DynamicModule, Module } from '@nestjs/common';
import { CoreModule, type CoreSettings } from '#libs/runtime';
import { WorkerModule } from '../../worker/src/worker.module.js';
import { HealthController } from './health/health.controller.js';

/**
 * The HTTP process. With WORKER_IN_PROCESS=true (the default) it also runs the projections, so
 * one `npm start` is a whole service; a larger site runs API processes with it false plus one
 * `npm run start:worker`.
 */
@Module({})
export class ApiModule {
  static forRoot(settings: CoreSettings): DynamicModule {
    return {
      module: ApiModule,
      imports: [CoreModule.forRoot(settings), ...(settings.config.workerInProcess ? [WorkerModule] : [])],
      controllers: [HealthController],
    };
  }
}
