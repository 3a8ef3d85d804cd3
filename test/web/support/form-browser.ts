import request from 'supertest';
import { CSRF_FIELD } from '#libs/web';
import { TENANT } from './web-world.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** The HTML of the form that posts to `action` (from <form to </form>). */
export function formHtml(html: string, action: string): string {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) throw new Error(`No form posts to ${action}`);
  const open = html.lastIndexOf('<form', start);
  return html.slice(open, html.indexOf('</form>', start));
}

/** The hidden fields of the form that posts to `action`: what a browser sends besides the typed ones. */
export function hiddenFields(html: string, action: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of formHtml(html, action).matchAll(
    /<input type="hidden" name="([^"]+)" value="([^"]*)">/g,
  )) {
    fields[match[1]] = match[2].replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
  }
  return fields;
}

/** The value of a hidden field in a page (the first one of that name). */
export const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';

/** The page's link targets, as a browser reads them (entities decoded). */
export const hrefsOf = (html: string): string[] =>
  [...html.matchAll(/href="([^"]*)"/g)].map((match) =>
    match[1].replaceAll('&#x3D;', '=').replaceAll('&amp;', '&'),
  );

type Form = Record<string, string | string[]>;

/**
 * A browser without JavaScript, for supertest: a cookie jar (the last Set-Cookie of a name wins,
 * an emptied one is gone), GETs that accept HTML, form POSTs from the service's own origin, and
 * signing in through the sign-in form.
 */
export function formBrowser(site: { server: Parameters<typeof request>[0]; baseUrl: string }) {
  const cookies = new Map<string, string>();
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const take = (response: request.Response) => {
    for (const line of (response.headers['set-cookie'] as unknown as string[] | undefined) ?? []) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const value = pair.slice(at + 1);
      if (value === '') cookies.delete(pair.slice(0, at));
      else cookies.set(pair.slice(0, at), value);
    }
    return response;
  };
  const browser = {
    cookies,
    get: async (path: string) =>
      take(await request(site.server).get(path).set('Accept', BROWSER_ACCEPT).set('Cookie', header())),
    post: async (path: string, form: Form) =>
      take(
        await request(site.server)
          .post(path)
          .set('Cookie', header())
          .set('Origin', site.baseUrl)
          .type('form')
          .send(form),
      ),
    /** Posts the form at `action` as shown in the HTML `page`, with its hidden fields and these typed ones. */
    submit: (page: string, action: string, typed: Form) =>
      browser.post(action, { ...hiddenFields(page, action), ...typed }),
    /** Opens the page at `path` for its CSRF token and posts `form` to `action` with it. */
    async submitFrom(path: string, action: string, form: Form) {
      const html = (await browser.get(path)).text;
      return browser.post(action, { [CSRF_FIELD]: hidden(html, CSRF_FIELD), ...form });
    },
    /** Opens the sign-in page (for its token and `next`) and posts the form: the answer, whatever it is. */
    async trySignIn(email: string, password: string, next = '') {
      const page = (await browser.get(`/logga-in${next ? `?next=${encodeURIComponent(next)}` : ''}`)).text;
      return browser.post('/logga-in', {
        [CSRF_FIELD]: hidden(page, CSRF_FIELD),
        next: hidden(page, 'next'),
        tenant: TENANT,
        email,
        password,
      });
    },
    /** Signs in, or fails the test when the sign-in is refused. */
    async signIn(email: string, password: string) {
      const response = await browser.trySignIn(email, password);
      if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
      return response;
    },
  };
  return browser;
}
