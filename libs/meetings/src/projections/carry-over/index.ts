export * from './carry-over-store.js';
export * from './carry-over.projection.js';
export * from './carry-over.query.js';
export { CarryOver1732310000000 } from './1732310000000-carry-over.migration.js';
