/**
 * The composition root: the modules each process is made of. Apps are thin entry points (main.ts)
 * over these, so no app imports another: the API process runs the worker in-process by importing
 * WorkerModule from here, and the demo and the tests build the same application the API serves.
 */
export * from './api.module.js';
export * from './worker.module.js';
export * from './read-models.module.js';
export * from './projection-worker.service.js';
export * from './error-catalogue.js';
export * from './ports/context-ports.module.js';
export * from './ports/presenter-accounts-from-identity.js';
export * from './ports/reminder-ports.module.js';
export * from './ports/reminder-accounts-from-identity.js';
