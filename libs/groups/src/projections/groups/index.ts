export * from './groups.projection.js';
export * from './groups.query.js';
export { Groups1732320000000 } from './1732320000000-groups.migration.js';
export { GroupsMeetingIds1732325000000 } from './1732325000000-groups-meeting-ids.migration.js';
export { Memberships1732363000000 } from './1732363000000-memberships.migration.js';
export { GroupListIndex1732369000000 } from './1732369000000-group-list-index.migration.js';
