export { DocumentTemplates } from './document-templates.js';
export { findRepositoryFolder, findTemplatesFolder } from './templates-folder.js';
