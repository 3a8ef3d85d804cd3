import { Module, type OnModuleInit } from '@nestjs/common';
import { ProjectionRegistry } from '#libs/event-store';
import { carryOverProjection } from './projections/carry-over/index.js';

/** Registers the carry-over read model with the worker's projection registry (EventStoreModule is global). */
@Module({})
export class MeetingsReadModelsModule implements OnModuleInit {
  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(carryOverProjection);
  }
}
