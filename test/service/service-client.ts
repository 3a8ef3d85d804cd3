import { SESSION_COOKIE } from '#libs/identity';
import {
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_TENANT,
  type DemoPersonKey,
} from '../../apps/demo/src/demo-people.js';
import { query } from './service-data.js';
import type { Health } from './service-process.js';

/** HTTP to a service process on loopback, signed in as a demo person (`npm run demo` loaded). */

export interface Session {
  port: number;
  cookie: string;
}

export async function signInAs(port: number, who: DemoPersonKey): Promise<Session> {
  const email = DEMO_PEOPLE.find((person) => person.key === who)!.email;
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: DEMO_TENANT, email, password: DEMO_PASSWORD }),
    signal: AbortSignal.timeout(15_000),
  });
  if (response.status !== 200)
    throw new Error(`signing in ${email}: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!)
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`signing in ${email} set no session cookie`);
  return { port, cookie };
}

/** One request with the session's cookie; a command gets its Idempotency-Key. */
export function send(
  session: Session,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  command: { key?: string; body?: unknown } = {},
): Promise<Response> {
  const headers: Record<string, string> = { cookie: session.cookie };
  if (command.key !== undefined) headers['idempotency-key'] = command.key;
  if (method !== 'GET') headers['content-type'] = 'application/json';
  return fetch(`http://127.0.0.1:${session.port}${path}`, {
    method,
    headers,
    body: method === 'GET' ? undefined : JSON.stringify(command.body ?? {}),
    signal: AbortSignal.timeout(20_000),
  });
}

/** For waitForHealth: every projection has applied everything and none is halted. */
export const everyProjectionCaughtUp = (health: Health): boolean =>
  health.projections.length > 0 && health.projections.every((p) => p.lagEvents === 0 && p.halted === null);

/** The document and follow-up read models, every column as text, in key order: what a rebuild must give again. */
export async function readModelRows(url: string): Promise<{ documents: string[]; followUps: string[] }> {
  const rows = (sql: string) => query<{ row: string }>(url, sql).then((found) => found.map((r) => r.row));
  return {
    documents: await rows(
      'SELECT row_to_json(d)::text AS row FROM rm_documents d ORDER BY tenant_id, meeting_id, kind, revision',
    ),
    followUps: await rows('SELECT row_to_json(f)::text AS row FROM rm_follow_ups f ORDER BY 1'),
  };
}

/** The demo's samverkansgrupp (FSG/VSG Socialförvaltningen), not the APT under it. */
export async function demoGroupId(session: Session): Promise<string> {
  const response = await send(session, 'GET', '/api/groups');
  const groups = (await response.json()) as { groupId: string; levels: string[] }[];
  // The demo's FSG/VSG (seed 002's group); the APT under it is a group of its own.
  const group = groups.find(({ levels }) => levels.includes('FSG'));
  if (response.status !== 200 || !group) throw new Error(`GET /api/groups: ${response.status}`);
  return group.groupId;
}

/** A meeting of the demo group on `date` (YYYY-MM-DD), as the API schedules it. */
export const meetingOn = (date: string, dnr: string) => ({
  startsAt: `${date}T08:30:00+01:00`,
  endsAt: `${date}T11:00:00+01:00`,
  place: 'Stora sammanträdesrummet, Socialförvaltningen',
  dnr,
});
