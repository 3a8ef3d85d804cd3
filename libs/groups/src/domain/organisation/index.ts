export type * from './commands.js';
export type * from './events.js';
export * from './errors.js';
export * from './organisation.decider.js';
export * from './state.js';
export * from './day-settings.js';
export * from './event-types.js';
