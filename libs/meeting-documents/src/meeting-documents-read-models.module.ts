import { Module, type OnModuleInit } from '@nestjs/common';
import { ProjectionRegistry } from '#libs/event-store';
import { DOCUMENT_PROJECTIONS } from './projections/documents/index.js';

/** Registers the document projections (protokoll, minnesanteckningar, kallelse) with the worker's projection registry (EventStoreModule is global). */
@Module({})
export class MeetingDocumentsReadModelsModule implements OnModuleInit {
  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    for (const projection of DOCUMENT_PROJECTIONS) this.registry.register(projection);
  }
}
