export * from './meeting-listing.js';
export * from './meetings.projection.js';
export { Meetings1732345000000 } from './1732345000000-meetings.migration.js';
export { MeetingsJusterare1732357000000 } from './1732357000000-meetings-justerare.migration.js';
export { MeetingsJusteringLastDate1732358000000 } from './1732358000000-meetings-justering-last-date.migration.js';
