/** The meetings bounded context: pure deciders for organisations, samverkansgrupper, meetings and follow-ups. */
export * from './domain/index.js';
export * from './projections/follow-ups/index.js';
export * from './http/index.js';
export * from './projections/documents/index.js';
export * from './documents/index.js';
export * from './error-catalogue.js';
export { DOCUMENT_ERROR } from './application/meeting/get-document/document-errors.js';
