import { Module, type OnModuleInit } from '@nestjs/common';
import { ProjectionRegistry } from '#libs/event-store';
import { groupsProjection } from './projections/groups/index.js';

/** Registers the groups read model with the worker's projection registry (EventStoreModule is global). */
@Module({})
export class GroupsReadModelsModule implements OnModuleInit {
  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(groupsProjection);
  }
}
