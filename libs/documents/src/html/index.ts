export { DocumentTemplates } from './document-templates.js';
export { findTemplatesFolder } from './templates-folder.js';
