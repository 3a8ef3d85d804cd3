/** The web pages: sign-in, Min sida, the layout, forms with CSRF tokens, the design system's static files. */
export * from './web.module.js';
export { CSRF_FIELD } from './security/csrf.js';
export { localPath } from './security/local-path.js';
