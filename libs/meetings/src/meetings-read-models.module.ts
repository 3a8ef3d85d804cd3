import { Module, type OnModuleInit } from '@nestjs/common';
import { ProjectionRegistry, StreamReader } from '#libs/event-store';
import { carryOverProjection } from './projections/carry-over/index.js';
import { meetingsProjection } from './projections/meetings/index.js';

/** Registers the meetings context's read models with the worker's projection registry (EventStoreModule is global). */
@Module({})
export class MeetingsReadModelsModule implements OnModuleInit {
  constructor(
    private readonly registry: ProjectionRegistry,
    private readonly reader: StreamReader,
  ) {}

  onModuleInit(): void {
    this.registry.register(carryOverProjection);
    this.registry.register(meetingsProjection(this.reader));
  }
}
