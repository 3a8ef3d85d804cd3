export * from './verification-errors.js';
export * from './verify-copies.js';
export * from './address-throttle.js';
export * from './read-upload.js';
