export type * from './commands.js';
export type * from './events.js';
export type * from './facts.js';
export * from './errors.js';
export * from './group-level.js';
export * from './group.decider.js';
export * from './meeting-rules.js';
export * from './state.js';
export * from './protocol-form.js';
