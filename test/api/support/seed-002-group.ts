import { randomUUID } from 'node:crypto';
import type { Principal } from '#libs/identity';
import type { ApiTestApp } from './api-test-app.js';

/**
 * The organisation and FSG/VSG group of seed 002 with invented people, set up through the API by
 * an admin. Person ids are account ids. Jenny Gräslund is vice ordförande: in the seed she stands
 * in for the absent ordförande, runs the meeting and justerar for the employer.
 */
export const PEOPLE = {
  chair: { personId: 'p-agneta', name: 'Agneta Östberg' },
  viceChair: { personId: 'p-jenny', name: 'Jenny Gräslund' },
  secretary: { personId: 'p-sofia', name: 'Sofia Hägg' },
  ssr: { personId: 'p-cornelia', name: 'Cornelia Sjöström' },
  vision: { personId: 'p-marten', name: 'Mårten Åberg' },
  kommunal: { personId: 'p-kent', name: 'Kent Lööf' },
} as const;

export const EMPLOYER = { side: 'employer' } as const;
export const SSR = { side: 'union', organisation: 'Akademikerförbundet SSR' } as const;
export const VISION = { side: 'union', organisation: 'Vision' } as const;
export const KOMMUNAL = { side: 'union', organisation: 'Kommunal' } as const;
export const UNION_ORGANISATIONS = ['Kommunal', 'Vision', 'Akademikerförbundet SSR'];

export function principalsOf(tenantId: string) {
  const account = (accountId: string, displayName: string, roles: Principal['roles'] = []): Principal => ({
    accountId,
    tenantId,
    displayName,
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

const MEMBERS = [
  [PEOPLE.chair, EMPLOYER, 'ordförande'],
  [PEOPLE.viceChair, EMPLOYER, 'vice ordförande'],
  [PEOPLE.secretary, EMPLOYER, 'sekreterare'],
  [PEOPLE.ssr, SSR, 'ledamot'],
  [PEOPLE.vision, VISION, 'ledamot'],
  [PEOPLE.kommunal, KOMMUNAL, 'ledamot'],
] as const;

/** A tenant with the organisation, its unions, Socialförvaltningen and the FSG/VSG with its members. */
export async function seedGroup(api: ApiTestApp, tenantId = `tenant-${randomUUID()}`) {
  const people = principalsOf(tenantId);
  const admin = api.as(people.admin);
  await admin.post('/api/organisation').send({ name: 'Exempelstads kommun' }).expect(201);
  await admin
    .post('/api/organisation/units')
    .send({ unitId: 'u-soc', name: 'Socialförvaltningen' })
    .expect(201);
  for (const name of UNION_ORGANISATIONS) {
    await admin.post('/api/organisation/union-organisations').send({ name }).expect(200);
  }
  const created = await admin
    .post('/api/groups')
    .send({
      name: 'FSG/VSG Socialförvaltningen',
      levels: ['FSG', 'VSG'],
      unitId: 'u-soc',
      actsAsSkyddskommitte: true,
    })
    .expect(201);
  const groupId = created.body.groupId as string;
  for (const [person, party, role] of MEMBERS) {
    await admin
      .post(`/api/groups/${groupId}/members`)
      .send({ person, party, role, joinedOn: '2019-01-01' })
      .expect(200);
  }
  return { tenantId, groupId, people };
}

/** The närvarolista of 25 February 2019: the ordförande and Kommunal absent, the vice ordförande stands in. */
export const SEED_ATTENDANCE = [
  { person: PEOPLE.chair, party: EMPLOYER, role: 'ordförande', presence: 'absent' },
  {
    person: PEOPLE.viceChair,
    party: EMPLOYER,
    role: 'vice ordförande',
    presence: 'present',
    replaces: PEOPLE.chair.personId,
  },
  { person: PEOPLE.secretary, party: EMPLOYER, role: 'sekreterare', presence: 'present' },
  { person: PEOPLE.ssr, party: SSR, role: 'ledamot', presence: 'present' },
  { person: PEOPLE.vision, party: VISION, role: 'ledamot', presence: 'present' },
  { person: PEOPLE.kommunal, party: KOMMUNAL, role: 'ledamot', presence: 'absent' },
];

export const SEED_JUSTERARE = [
  { person: PEOPLE.ssr, party: SSR },
  { person: PEOPLE.viceChair, party: EMPLOYER },
];
