export * from './carry-over/index.js';
export * from './follow-up/index.js';
export * from './group/index.js';
export * from './meeting/index.js';
export * from './organisation/index.js';
export * from './shared/index.js';
