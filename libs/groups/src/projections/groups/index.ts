export * from './groups.projection.js';
export * from './groups.query.js';
export { Groups1732320000000 } from './1732320000000-groups.migration.js';
