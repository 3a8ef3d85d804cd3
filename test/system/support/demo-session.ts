import { DEMO_PASSWORD, DEMO_TENANT } from '../../../apps/demo/src/demo-people.js';

/** A demo person signed in over HTTP: the session cookie, for fetch and for a browser context. */
export interface DemoSignIn {
  /** "name=value", as sent in a Cookie header. */
  header: string;
  name: string;
  value: string;
}

/** POST /api/auth/login as the demo person with this e-mail (as demo-documents-app.ts does). */
export async function signIn(baseUrl: string, email: string): Promise<DemoSignIn> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: DEMO_TENANT, email, password: DEMO_PASSWORD }),
  });
  const header = response.headers.getSetCookie()[0]?.split(';')[0];
  if (!response.ok || !header) throw new Error(`cannot sign in ${email}: ${response.status}`);
  const at = header.indexOf('=');
  return { header, name: header.slice(0, at), value: header.slice(at + 1) };
}

/** A command as the signed-in person; throws unless the API answers with `expected`. */
export async function command(
  baseUrl: string,
  session: DemoSignIn,
  method: 'POST' | 'PUT',
  path: string,
  body: unknown,
  expected: number,
): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie: session.header, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json().catch(() => undefined);
  if (response.status !== expected) {
    throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  }
  return answer;
}
