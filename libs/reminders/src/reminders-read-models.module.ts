import { Module, type OnModuleInit } from '@nestjs/common';
import { ProjectionRegistry } from '#libs/event-store';
import { reminderScheduleProjection } from './projections/reminder-schedule/index.js';

/** Registers the reminder schedule with the worker's projection registry (EventStoreModule is global). */
@Module({})
export class RemindersReadModelsModule implements OnModuleInit {
  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(reminderScheduleProjection);
  }
}
