export * from './decider-specification.js';
export * from './free-port.js';
export * from './test-database.js';
