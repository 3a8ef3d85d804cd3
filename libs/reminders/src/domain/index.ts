export * from './calendar-days.js';
export * from './reminder.js';
export * from './reminders-due.js';
