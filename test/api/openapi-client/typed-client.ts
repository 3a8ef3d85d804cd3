/**
 * A program written against the client generated from the served OpenAPI document (openapi-typescript
 * types, openapi-fetch calls), as an integrator would write it. test/api/openapi-validity.e2e.test.ts
 * generates `.tmp/openapi-client/schema.d.ts`, typechecks this file against it (a type error fails
 * the test), then runs it against the live server. Outside the project's tsconfig: the types exist
 * only once the test has generated them.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../../../.tmp/openapi-client/schema.js';

type Person = components['schemas']['PersonDto'];

export interface SignIn {
  tenant: string;
  email: string;
  password: string;
}

export interface TypedClientRun {
  signedInAs: string;
  /** Given when the meeting closes. */
  protocolNumber?: string;
  justerare: string[];
  responsibles: string[];
  pdf: Uint8Array;
}

/** Signs in, reads the meeting and its follow-ups, downloads its protocol as PDF. */
export async function runTypedClient(
  baseUrl: string,
  signIn: SignIn,
  meetingId: string,
): Promise<TypedClientRun> {
  const client = createClient<paths>({ baseUrl });

  const login = await client.POST('/api/auth/login', { body: signIn });
  if (!login.data) throw new Error(`sign-in failed: ${login.response.status} ${JSON.stringify(login.error)}`);
  const session = login.response.headers.getSetCookie().find((cookie) => cookie.startsWith('svk_session='));
  if (!session) throw new Error('sign-in set no svk_session cookie');
  const withSession: Middleware = {
    onRequest: ({ request }) => {
      request.headers.set('cookie', session.split(';')[0]!);
      return request;
    },
  };
  client.use(withSession);

  const meeting = await client.GET('/api/meetings/{meetingId}', { params: { path: { meetingId } } });
  if (!meeting.data) throw new Error(`GET meeting: ${meeting.response.status} ${meeting.error?.code}`);
  // The compiler knows a justerare's person is a PersonDto with a name...
  const justerare: Person[] = meeting.data.justerare.map(({ person }) => person);
  // ...and not the map of every schema, which is what an empty $ref made of it.
  // @ts-expect-error MeetingViewDto is a schema, not a field of a person
  void justerare[0]?.MeetingViewDto;

  const followUps = await client.GET('/api/follow-ups', { params: { query: { meetingId, status: 'all' } } });
  if (!followUps.data)
    throw new Error(`GET follow-ups: ${followUps.response.status} ${followUps.error?.code}`);

  const protocol = await client.GET('/api/meetings/{meetingId}/documents/{file}', {
    params: { path: { meetingId, file: 'protokoll.pdf' } },
    parseAs: 'arrayBuffer',
  });
  if (!protocol.data)
    throw new Error(`GET protokoll.pdf: ${protocol.response.status} ${protocol.error?.code}`);

  return {
    signedInAs: login.data.displayName,
    protocolNumber: meeting.data.protocolNumber?.formatted,
    justerare: justerare.map((person) => person.name),
    responsibles: followUps.data.map((followUp) => followUp.responsible.name),
    pdf: new Uint8Array(protocol.data),
  };
}
