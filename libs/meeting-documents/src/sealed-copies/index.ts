export * from './attestation.js';
export * from './issued-copies.store.js';
export * from './organisation-seal.js';
export * from './sealed-copies.js';
export { IssuedCopies1732360000000 } from './1732360000000-issued-copies.migration.js';
