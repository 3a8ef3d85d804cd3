export * from './document-projections.js';
export * from './documents.query.js';
export { Documents1732280000000 } from './1732280000000-documents.migration.js';
