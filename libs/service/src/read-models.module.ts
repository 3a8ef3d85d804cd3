import { Module, type OnModuleInit } from '@nestjs/common';
import { ProjectionRegistry, streamActivityProjection } from '#libs/event-store';
import { DOCUMENT_PROJECTIONS, followUpsProjection } from '#libs/meetings';

/** Registers every read model and reaction; the worker runs them, the rebuild command finds them. */
@Module({})
export class ReadModelsModule implements OnModuleInit {
  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(streamActivityProjection);
    this.registry.register(followUpsProjection);
    for (const projection of DOCUMENT_PROJECTIONS) this.registry.register(projection);
  }
}
