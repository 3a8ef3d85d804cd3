import { randomUUID } from 'node:crypto';
import type { Principal } from '#libs/identity';
import { SEED_002, SEED_002_PEOPLE, seed002Attendance, seed002Justerare } from '#libs/seeds';
import type { ApiTestApp } from './api-test-app.js';

/**
 * The organisation and FSG/VSG group of seed 002 with invented people, set up through the API by
 * an admin. Person ids are account ids. Jenny Gräslund is vice ordförande: in the seed she stands
 * in for the absent ordförande, runs the meeting and justerar for the employer.
 */
export const PEOPLE = SEED_002_PEOPLE;
export { EMPLOYER, KOMMUNAL, SSR, UNION_ORGANISATIONS, VISION } from '#libs/seeds';

export function principalsOf(tenantId: string) {
  const account = (accountId: string, displayName: string, roles: Principal['roles'] = []): Principal => ({
    accountId,
    tenantId,
    displayName,
    email: `${accountId}@${tenantId}.test`,
    roles,
    via: 'session',
  });
  return {
    admin: account('acc-admin', 'Ada Admin', ['admin']),
    hr: account('acc-hr', 'Hanna Hr', ['hr']),
    chair: account(PEOPLE.chair.personId, PEOPLE.chair.name),
    viceChair: account(PEOPLE.viceChair.personId, PEOPLE.viceChair.name),
    secretary: account(PEOPLE.secretary.personId, PEOPLE.secretary.name),
    ssr: account(PEOPLE.ssr.personId, PEOPLE.ssr.name),
    vision: account(PEOPLE.vision.personId, PEOPLE.vision.name),
    kommunal: account(PEOPLE.kommunal.personId, PEOPLE.kommunal.name),
    outsider: account('acc-outsider', 'Olle Utanför'),
  };
}

export type Principals = ReturnType<typeof principalsOf>;

/**
 * A tenant with the organisation, its unions, Socialförvaltningen and the FSG/VSG with its members
 * (`group` changes what the group is created with: a hostile name, say).
 */
export async function seedGroup(
  api: ApiTestApp,
  tenantId = `tenant-${randomUUID()}`,
  group: Partial<typeof SEED_002.group> = {},
) {
  const people = principalsOf(tenantId);
  const admin = api.as(people.admin);
  await admin.post('/api/organisation').send({ name: SEED_002.organisation }).expect(201);
  await admin.post('/api/organisation/units').send(SEED_002.unit).expect(201);
  for (const name of SEED_002.unionOrganisations) {
    await admin.post('/api/organisation/union-organisations').send({ name }).expect(200);
  }
  const created = await admin
    .post('/api/groups')
    .send({ ...SEED_002.group, ...group })
    .expect(201);
  const groupId = created.body.groupId as string;
  for (const { who, party, role } of SEED_002.members) {
    await admin
      .post(`/api/groups/${groupId}/members`)
      .send({ person: PEOPLE[who], party, role, joinedOn: SEED_002.joinedOn })
      .expect(200);
  }
  return { tenantId, groupId, people };
}

/** The närvarolista of 25 February 2019: the ordförande and Kommunal absent, the vice ordförande stands in. */
export const SEED_ATTENDANCE = seed002Attendance();

export const SEED_JUSTERARE = seed002Justerare();
