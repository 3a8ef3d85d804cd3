/**
 * A browser without JavaScript across two sites (the service and the identity provider), on
 * fetch: a cookie jar per origin (the last Set-Cookie of a name wins, an emptied one is gone),
 * redirects followed by hand so each hop can be looked at, and forms posted with their Origin.
 */
export interface Hop {
  url: URL;
  status: number;
  location: URL | null;
  text: string;
}

const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

export function redirectBrowser() {
  const jars = new Map<string, Map<string, string>>();
  const jarOf = (url: URL) => {
    let jar = jars.get(url.origin);
    if (!jar) jars.set(url.origin, (jar = new Map()));
    return jar;
  };
  const cookieHeader = (url: URL) => [...jarOf(url)].map(([name, value]) => `${name}=${value}`).join('; ');
  const take = (url: URL, response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const value = pair.slice(at + 1);
      const expired = /max-age=0/i.test(line) || /expires=thu, 01 jan 1970/i.test(line);
      if (value === '' || expired) jarOf(url).delete(pair.slice(0, at));
      else jarOf(url).set(pair.slice(0, at), value);
    }
  };
  const send = async (url: URL, init: RequestInit): Promise<Hop> => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { Accept: ACCEPT, Cookie: cookieHeader(url), ...(init.headers as Record<string, string>) },
    });
    take(url, response);
    const location = response.headers.get('location');
    return {
      url,
      status: response.status,
      location: location === null ? null : new URL(location, url),
      text: await response.text(),
    };
  };
  const browser = {
    jars,
    get: (url: string | URL) => send(new URL(url), { method: 'GET' }),
    post: (url: string | URL, form: Record<string, string>) => {
      const target = new URL(url);
      return send(target, {
        method: 'POST',
        body: new URLSearchParams(form).toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: target.origin },
      });
    },
    /** Follows redirects from `hop` until a page that is none (at most 20 hops); every hop in order. */
    follow: async (hop: Hop): Promise<Hop[]> => {
      const hops = [hop];
      for (let current = hop; current.location && hops.length < 20;) {
        current = await browser.get(current.location);
        hops.push(current);
      }
      return hops;
    },
  };
  return browser;
}

export type RedirectBrowser = ReturnType<typeof redirectBrowser>;

/**
 * The action and hidden fields of a form on a page, as a browser would post it: the first form,
 * or the first whose action ends with `action`.
 */
export function formOf(hop: Hop, action?: string): { action: URL; fields: Record<string, string> } {
  const forms = [...hop.text.matchAll(/<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/g)];
  const form =
    action === undefined ? forms[0] : forms.find((candidate) => decode(candidate[1]).endsWith(action));
  if (!form)
    throw new Error(
      `No form ${action ?? ''} on ${hop.url.href}: ${hop.text.replace(/<style>[\s\S]*<\/style>/, '').slice(0, 1500)}`,
    );
  const fields: Record<string, string> = {};
  for (const input of form[2].matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
    if (name) fields[name] = decode(value);
  }
  return { action: new URL(decode(form[1]), hop.url), fields };
}

export const decode = (text: string) =>
  text
    .replaceAll('&#x3D;', '=')
    .replaceAll('&#x2F;', '/')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
