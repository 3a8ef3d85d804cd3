export * from './read-scope.js';
export * from './read-routing.js';
export * from './wal-position.js';
export { CallerPositions } from './caller-positions.js';
