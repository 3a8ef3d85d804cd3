export * from './follow-up-overview.projection.js';
export * from './overview-where.js';
export * from './overview-rows.query.js';
export * from './overview-figures.query.js';
export * from './overview-options.query.js';
export { forvaltningOf } from './overview-dimensions.js';
export { FollowUpOverview1732355000000 } from './1732355000000-follow-up-overview.migration.js';
export * from './overview-month-counts.query.js';
