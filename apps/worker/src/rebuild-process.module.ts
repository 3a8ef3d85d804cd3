import { type DynamicModule, Module } from '@nestjs/common';
import { CoreModule, type CoreSettings } from '#libs/runtime';
import { ReadModelsModule } from '#libs/service';

/** What the rebuild command needs: the registered projections, without running them. */
@Module({})
export class RebuildProcessModule {
  static forRoot(settings: CoreSettings): DynamicModule {
    return { module: RebuildProcessModule, imports: [CoreModule.forRoot(settings), ReadModelsModule] };
  }
}
