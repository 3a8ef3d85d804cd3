import request from 'supertest';
import { CSRF_FIELD } from '#libs/web';
import { TENANT } from './web-world.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** The value of a hidden field in a page (the first one of that name). */
export const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';

/**
 * A browser for supertest: a cookie jar (the last Set-Cookie of a name wins, an emptied one is
 * gone), GETs that accept HTML, and form POSTs from the service's own origin.
 */
export function formBrowser(server: Parameters<typeof request>[0], origin: string) {
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
      take(await request(server).get(path).set('Accept', BROWSER_ACCEPT).set('Cookie', header())),
    post: async (path: string, form: Record<string, string>) =>
      take(
        await request(server)
          .post(path)
          .set('Cookie', header())
          .set('Origin', origin)
          .type('form')
          .send(form),
      ),
    /** Opens `page` for its form's CSRF token and posts the form with these fields. */
    async submit(page: string, action: string, form: Record<string, string>) {
      const html = (await browser.get(page)).text;
      return browser.post(action, { [CSRF_FIELD]: hidden(html, CSRF_FIELD), ...form });
    },
    async signIn(email: string, password: string) {
      const response = await browser.submit('/logga-in', '/logga-in', { tenant: TENANT, email, password });
      if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
      return response;
    },
  };
  return browser;
}

/** The page's link targets, as a browser reads them (entities decoded). */
export const hrefsOf = (html: string): string[] =>
  [...html.matchAll(/href="([^"]*)"/g)].map((match) =>
    match[1].replaceAll('&#x3D;', '=').replaceAll('&amp;', '&'),
  );
