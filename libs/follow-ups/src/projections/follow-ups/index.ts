export * from './follow-ups.projection.js';
export * from './follow-ups.query.js';
export { FollowUps1732270000000 } from './1732270000000-follow-ups.migration.js';
export { FollowUpConfidentiality1732300000700 } from './1732300000700-follow-up-confidentiality.migration.js';
export { FollowUpListIndexes1732368000000 } from './1732368000000-follow-up-list-indexes.migration.js';
