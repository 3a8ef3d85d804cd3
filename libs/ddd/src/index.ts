export * from './decider.js';
export * from './domain-error.js';
export * from './stream-error-codes.js';
export * from './canonical-json.js';
