export * from './seed-002.js';
export * from './seed-002-people.js';
export * from './seed-002-texts.js';
