import type { Principal } from '#libs/identity';
import type { ApiTestApp } from '../api-test-app.js';
import { runningMeeting, SMALL_AGENDA } from '../running-meeting.js';
import { EMPLOYER, type Principals, seedGroup } from '../seed-002-group.js';
import { SEED_002 } from '#libs/seeds';
import {
  ERSATTARE,
  FORMER_CHAIR,
  OTHER_GROUP_CHAIR,
  type Persona,
  RESPONSIBLE,
  SKYDDSOMBUD,
} from './personas.js';

export const OTHER_TENANT = 'tenant-grannkommunen';
/** Put on the list at set-up, so that the admin's DELETE row takes a listed one off. */
export const UNION_TO_REMOVE = 'Vårdförbundet';
/** A member the admin's leave row lets go. */
export const LEAVING_MEMBER = { personId: 'p-tilda', name: 'Tilda Tillfällig' } as const;
/** The running meeting's agenda: seed 002's three items and one the meeting defers. */
export const RUNNING_AGENDA = [
  ...SMALL_AGENDA,
  { itemId: 'i-lokaler', title: 'Lokalfrågor Kvarnen', kind: 'dialog', proposer: EMPLOYER },
];

/** The ids the matrix's paths name: every one exists in the home tenant. */
export interface HomeTenant {
  tenantId: string;
  groupId: string;
  people: Principals;
  meetings: {
    /** At the meeting: agenda, attendance and justerare in place, nothing recorded yet. */
    running: string;
    /** Everything recorded, not closed: the close row closes it. */
    toClose: string;
    /** Closed with protocol revision 1, not justerat: the protocol rows work on it. */
    closed: string;
    /** Scheduled in March with an agenda, nothing recorded: the reschedule row moves it, the cancel row cancels it. */
    toCancel: string;
  };
  followUps: {
    /** Open, due 2019-03-25, responsible Åsa Öberg: reported, rescheduled and completed. */
    main: string;
    /** Open, same responsible: the cancel row cancels it. */
    toCancel: string;
  };
}

export function principalOf(persona: Persona, homeTenantId: string): Principal {
  if (persona.personId === undefined) throw new Error(`${persona.key} has no principal`);
  return {
    accountId: persona.personId,
    tenantId: persona.tenant === 'other' ? OTHER_TENANT : homeTenantId,
    displayName: persona.displayName,
    email: `${persona.key}@test`,
    roles: persona.roles,
    ...(persona.units ? { units: persona.units } : {}),
    via: 'session',
  };
}

/**
 * Seed 002's organisation and FSG/VSG (seed-002-group.ts) plus what the personas need: a former
 * ordförande who left in January, a member for the leave row, a union organisation for the
 * delete row, four meetings in the states the rows need and two follow-ups whose responsible is
 * no member of the group. The other tenant gets an organisation of its own.
 */
export async function seedHomeTenant(api: ApiTestApp): Promise<HomeTenant> {
  const { tenantId, groupId, people } = await seedGroup(api);
  const admin = api.as(people.admin);
  await admin.post('/api/organisation/union-organisations').send({ name: UNION_TO_REMOVE }).expect(200);
  const join = (person: { personId: string; name: string }, role: string) =>
    admin
      .post(`/api/groups/${groupId}/members`)
      .send({ person, party: EMPLOYER, role, joinedOn: '2019-01-01' })
      .expect(200);
  await join(FORMER_CHAIR, 'ordförande');
  await admin
    .post(`/api/groups/${groupId}/members/${FORMER_CHAIR.personId}/leave`)
    .send({ leftOn: '2019-01-31' })
    .expect(200);
  await join(LEAVING_MEMBER, 'ledamot');
  const joinForUnion = (person: { personId: string; name: string }, organisation: string, role: string) =>
    admin
      .post(`/api/groups/${groupId}/members`)
      .send({ person, party: { side: 'union', organisation }, role, joinedOn: '2019-01-01' })
      .expect(200);
  await joinForUnion(ERSATTARE, 'Vision', 'ersättare');
  await joinForUnion(SKYDDSOMBUD, 'Kommunal', 'skyddsombud');
  // Another group of the organisation, chaired by someone with no part in the FSG/VSG.
  const { body: lsg } = await admin
    .post('/api/groups')
    .send({
      name: 'LSG Kvarnen',
      levels: ['LSG'],
      unitId: SEED_002.unit.unitId,
      parentGroupId: groupId,
      actsAsSkyddskommitte: false,
    })
    .expect(201);
  await admin
    .post(`/api/groups/${lsg.groupId}/members`)
    .send({ person: OTHER_GROUP_CHAIR, party: EMPLOYER, role: 'ordförande', joinedOn: '2019-01-01' })
    .expect(200);
  const otherAdmin = { ...people.admin, tenantId: OTHER_TENANT };
  await api.as(otherAdmin).post('/api/organisation').send({ name: 'Grannkommunen' }).expect(201);

  const chair = api.as(people.viceChair);
  const closed = await runningMeeting(api, people, groupId);
  const assign = async (action: string, dueDate: string) =>
    (
      await chair
        .post(`/api/meetings/${closed}/items/i-dialog/follow-ups`)
        .send({ action, responsible: RESPONSIBLE, dueDate })
        .expect(201)
    ).body.followUpId as string;
  const main = await assign('Utvärdera de digitala avslutningsenkäterna', '2019-03-25');
  const toCancel = await assign('Redovisa tillbud för Kvarnen', '2019-04-29');
  await recordSmallAgenda(api, people, closed);
  api.clock.set('2019-02-25T09:55:00Z');
  await chair.post(`/api/meetings/${closed}/close`).expect(200);

  const toClose = await runningMeeting(api, people, groupId);
  await recordSmallAgenda(api, people, toClose);

  const running = await runningMeeting(api, people, groupId);
  await chair.put(`/api/meetings/${running}/agenda`).send({ items: RUNNING_AGENDA }).expect(200);
  const toCancelMeeting = await scheduledMeeting(api, people, groupId);
  api.clock.set('2019-02-25T09:30:00Z');
  return {
    tenantId,
    groupId,
    people,
    meetings: { running, toClose, closed, toCancel: toCancelMeeting },
    followUps: { main, toCancel },
  };
}

async function scheduledMeeting(api: ApiTestApp, people: Principals, groupId: string): Promise<string> {
  const chair = api.as(people.viceChair);
  const { body } = await chair
    .post(`/api/groups/${groupId}/meetings`)
    .send({ startsAt: '2019-03-11T08:30:00+01:00', endsAt: '2019-03-11T10:00:00+01:00', place: 'Kvarnen' })
    .expect(201);
  await chair.put(`/api/meetings/${body.meetingId}/agenda`).send({ items: SMALL_AGENDA }).expect(200);
  return body.meetingId as string;
}

async function recordSmallAgenda(api: ApiTestApp, people: Principals, meetingId: string) {
  const chair = api.as(people.viceChair);
  const item = (itemId: string) => `/api/meetings/${meetingId}/items/${itemId}`;
  await chair
    .put(`${item('i-info')}/information`)
    .send({ text: 'Förvaltningen arbetar vidare.' })
    .expect(200);
  await chair
    .put(`${item('i-dialog')}/dialog`)
    .send({ text: 'Parterna ser positivt på enkäterna.' })
    .expect(200);
  await chair
    .put(`${item('i-beslut')}/decision`)
    .send({ text: 'Uppföljningsdatum skrivs in i kallelsen.', outcome: 'enighet' })
    .expect(200);
}
