export type * from './commands.js';
export type * from './events.js';
export * from './errors.js';
export * from './follow-up.decider.js';
export * from './facts.js';
export * from './state.js';
export * from './evolve.js';
export * from './event-types.js';
export * from './overview/index.js';
