export * from './agenda-item.js';
export type * from './commands.js';
export * from './errors.js';
export type * from './events.js';
export * from './meeting.decider.js';
export * from './paragraphs.js';
export type * from './participants.js';
export * from './queries.js';
export * from './state.js';
