import { Module, type OnModuleInit } from '@nestjs/common';
import { PgEventStore, ProjectionRegistry } from '#libs/event-store';
import { justeringReminderScheduleProjection } from './justering/justering-reminder-schedule.projection.js';
import { reminderScheduleProjection } from './projections/reminder-schedule/index.js';

/** Registers the reminder schedules with the worker's projection registry (EventStoreModule is global). */
@Module({})
export class RemindersReadModelsModule implements OnModuleInit {
  constructor(
    private readonly registry: ProjectionRegistry,
    private readonly store: PgEventStore,
  ) {}

  onModuleInit(): void {
    this.registry.register(reminderScheduleProjection);
    this.registry.register(justeringReminderScheduleProjection(this.store));
  }
}
