export * from './carry-over.js';
