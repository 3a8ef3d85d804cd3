export * from './app-config.js';
export * from './config-error.js';
export * from './config.module.js';
export * from './load-config.js';
