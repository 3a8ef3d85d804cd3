export * from './document-context.js';
export * from './kallelse-document.js';
export * from './minnesanteckningar-document.js';
export * from './protocol-document.js';
