/** The documents of a meeting: builders from its folded state to the document models of libs/documents, their projections per revision, and the documents API. */
export * from './meeting-documents-http.module.js';
export * from './meeting-documents-read-models.module.js';
export * from './application/get-document/document-errors.js';
export * from './projections/documents/index.js';
export * from './builders/index.js';
export * from './application/get-document/get-document.query.js';
export * from './application/get-document/document-file.js';
export * from './application/integrity/document-integrity.js';
export * from './application/integrity/verify-justered-documents.js';
export * from './archive/archive-package.query.js';
export * from './archive/may-archive.query.js';
export * from './sealed-copies/index.js';
export * from './verification/index.js';
