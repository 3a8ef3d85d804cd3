/**
 * The web pages are everything outside the API and the probes: `/`, `/logga-in`, `/static/…` and
 * the pages to come. The edge treats them apart from the API in two ways: their own CSP (styles and
 * scripts from this service) and form-encoded bodies, which a page's <form> posts.
 */
const NOT_A_PAGE = /^\/(api|health|metrics)(\/|$)/;

export function isPagePath(path: string): boolean {
  return !NOT_A_PAGE.test(path);
}
