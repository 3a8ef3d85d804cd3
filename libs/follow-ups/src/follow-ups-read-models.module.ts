import { Module, type OnModuleInit } from '@nestjs/common';
import { ProjectionRegistry } from '#libs/event-store';
import { followUpOverviewProjection } from './projections/follow-up-overview/index.js';
import { followUpsProjection } from './projections/follow-ups/index.js';

/** Registers the follow-ups read models (the list's and HR's overview) with the worker's projection registry (EventStoreModule is global). */
@Module({})
export class FollowUpsReadModelsModule implements OnModuleInit {
  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(followUpsProjection);
    this.registry.register(followUpOverviewProjection);
  }
}
