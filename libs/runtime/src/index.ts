export * from './core.module.js';
export * from './run-process.js';
