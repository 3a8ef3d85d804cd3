export type * from './blocks.js';
export { outlineOf } from './outline-of.js';
