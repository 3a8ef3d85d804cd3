export * from './model/index.js';
export * from './ics/index.js';
export * from './html/index.js';
export * from './pdf/index.js';
export * from './render/document-renderer.js';
export * from './format/swedish-dates.js';
export * from './format/stockholm-local-time.js';
export { groupWithForvaltning, meetingTimeLabel } from './format/labels.js';
export * from './seal/index.js';
