import request from 'supertest';
import { type ApiTestApp, startApiTestApp } from '../api-test-app.js';
import { type HomeTenant, principalOf, seedHomeTenant } from './home-tenant.js';
import type { Persona } from './personas.js';
import { sessionCookieOf, startRealSignIn } from './real-sign-in.js';
import type { Cell, RequestRecipe } from './requests.js';

export type Method = 'get' | 'post' | 'put' | 'delete';

/**
 * Both apps of the matrix with their data: the test-principal app (startApiTestApp) holding the
 * home tenant's organisation, group, meetings and follow-ups, and the production ApiModule behind
 * real sign-in holding one account per persona. Anonymous requests always go to the latter, so a
 * 401 is identity's guard's, not the test guard's.
 */
export async function startMatrixWorld() {
  const [api, real] = await Promise.all([startApiTestApp(), startRealSignIn()]);
  const close = async () => {
    await Promise.allSettled([api.close(), real.close()]);
  };
  let home: HomeTenant;
  try {
    home = await seedHomeTenant(api);
  } catch (error) {
    await close();
    throw error;
  }

  const latestProtocol = async (meetingId: string) => {
    const { body } = await api.as(home.people.viceChair).get(`/api/meetings/${meetingId}`).expect(200);
    return body.protocol as { revision: number; textHash: string };
  };

  /** Sends a recipe's request as a persona, with the path filled in and the body built for them. */
  async function send(recipe: RequestRecipe, persona: Persona, index: number) {
    const cell: Cell = { persona, index, home, real, latestProtocol };
    const [method, template] = recipe.endpoint.split(' ') as [string, string];
    const query = recipe.query ? `?${new URLSearchParams(recipe.query(cell))}` : '';
    const path = fillPath(template, recipe.params?.(cell) ?? {}) + query;
    const body = await recipe.body?.(cell);
    const verb = method.toLowerCase() as Method;
    if (recipe.server === 'test-principal' && persona.tenant !== 'none') {
      const call = api.as(principalOf(persona, home.tenantId))[verb](path);
      return body === undefined ? call : call.send(body as object);
    }
    const call = request(real.server)[verb](path);
    const cookie = real.cookies[persona.key];
    if (cookie !== undefined && persona.tenant !== 'none') call.set('Cookie', cookie);
    if (recipe.headers !== undefined) call.set(recipe.headers);
    const response = await (body === undefined ? call : call.send(body as object));
    // Signing in again replaces the session: keep the new one for the persona's next request.
    const renewed = sessionCookieOf(response.headers['set-cookie']);
    if (renewed !== undefined && persona.tenant !== 'none') real.cookies[persona.key] = renewed;
    return response;
  }

  return { api: api as ApiTestApp, real, home, send, close };
}

export type MatrixWorld = Awaited<ReturnType<typeof startMatrixWorld>>;

/** `/api/meetings/{meetingId}` with its parameters; throws when one is missing. */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(value);
  });
}
