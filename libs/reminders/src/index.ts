/** Reminders for open follow-ups (issue 12): the decider, the schedule, the ledger, the sweep the worker runs. */
export * from './domain/index.js';
export { Reminders1732353000000 } from './schema/1732353000000-reminders.migration.js';
export * from './projections/reminder-schedule/index.js';
export * from './reminders-read-models.module.js';
export * from './reminders-worker.module.js';
export * from './sweep/reminder-accounts.js';
export * from './sweep/reminder-mail.js';
export * from './sweep/reminder-sweep.js';
export type { SentDigest } from './sweep/hr-digest.js';
