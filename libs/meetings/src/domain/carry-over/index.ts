export * from './carry-over.js';
export * from './group-carry-over.js';
export * from './live-agenda.js';
export * from './returning.js';
export * from './escalations.js';
export * from './escalation-overview.js';
