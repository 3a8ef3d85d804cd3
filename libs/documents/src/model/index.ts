export * from './common.js';
export * from './kallelse.js';
export * from './minnesanteckningar.js';
export * from './protocol.js';
export * from './utdrag.js';
export * from './meeting-document.js';
export * from './public-version.js';
