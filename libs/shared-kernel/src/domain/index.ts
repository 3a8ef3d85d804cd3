export * from './assert-never.js';
export * from './errors.js';
export * from './objects.js';
export * from './stockholm-date.js';
export * from './types.js';
export * from './validation.js';
export * from './protocol-form.js';
export * from './work-environment-topics.js';
