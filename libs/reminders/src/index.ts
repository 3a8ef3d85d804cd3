/** Reminders for open follow-ups and for justerare (issue 12): the decider, the schedules, the ledgers, the sweep the worker runs. */
export * from './domain/index.js';
export { Reminders1732353000000 } from './schema/1732353000000-reminders.migration.js';
export * from './projections/reminder-schedule/index.js';
export * from './reminders-read-models.module.js';
export * from './reminders-worker.module.js';
export * from './sweep/reminder-accounts.js';
export * from './sweep/reminder-mail.js';
export * from './sweep/reminder-sweep.js';
export type { SentDigest } from './sweep/hr-digest.js';
export { JusteringReminders1732358000100 } from './schema/1732358000100-justering-reminders.migration.js';
export * from './justering/justering-reminder-schedule.projection.js';
export type { SentJusteringReminder } from './justering/justering-sweep.js';
