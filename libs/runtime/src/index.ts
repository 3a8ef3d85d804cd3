export * from './core.module.js';
export * from './run-process.js';
export * from './stop-signals.js';
