export * from './reminder-schedule.projection.js';
