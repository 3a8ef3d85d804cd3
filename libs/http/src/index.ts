export * from './command-headers.js';
export * from './configure-http.js';
export * from './http-errors.js';
export * from './openapi.js';
export * from './problem.js';
export * from './problem-details.filter.js';
export * from './stream-version-etag.interceptor.js';
export * from './validation-errors.js';
