import request from 'supertest';
import { CSRF_FIELD } from '#libs/web';
import { TENANT, type WebWorld } from './web-world.js';

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

/** Cookies as a browser keeps them: the last Set-Cookie for each name wins. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: request.Response): void {
    const header = response.headers['set-cookie'] as unknown as string[] | undefined;
    for (const line of header ?? []) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const value = pair.slice(at + 1);
      if (value === '') this.cookies.delete(pair.slice(0, at));
      else this.cookies.set(pair.slice(0, at), value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** A browser without JavaScript: a cookie jar, GETs and form POSTs, signing in through the form. */
export function formBrowser(world: WebWorld) {
  const jar = new CookieJar();
  const send = async (test: request.Test) => {
    const response = await test;
    jar.take(response);
    return response;
  };
  const get = (path: string) =>
    send(request(world.server).get(path).set('Accept', BROWSER_ACCEPT).set('Cookie', jar.header()));
  const post = (path: string, form: Record<string, string | string[]>) =>
    send(
      request(world.server)
        .post(path)
        .set('Cookie', jar.header())
        .set('Origin', world.baseUrl)
        .type('form')
        .send(form),
    );
  return {
    get,
    post,
    async signIn(email: string, password: string) {
      const page = await get('/logga-in');
      const token = /name="_csrf" value="([^"]*)"/.exec(page.text)?.[1] ?? '';
      const answer = await post('/logga-in', {
        [CSRF_FIELD]: token,
        next: '',
        tenant: TENANT,
        email,
        password,
      });
      if (answer.status !== 303) throw new Error(`sign-in answered ${answer.status}`);
    },
    /** Posts the form at `action` as shown on `page`, with its hidden fields and these typed ones. */
    submit(page: string, action: string, typed: Record<string, string | string[]>) {
      return post(action, { ...hiddenFields(page, action), ...typed });
    },
  };
}
