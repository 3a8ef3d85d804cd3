export * from './json-logger.js';
export * from './request-logging.middleware.js';
export * from './safe-json.js';
export * from './metrics.js';
