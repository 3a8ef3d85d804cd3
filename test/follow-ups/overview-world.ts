import type { Principal } from '#libs/identity';
import { followUpOverviewProjection } from '#libs/follow-ups';
import type { ApiTestApp } from '../api/support/api-test-app.js';
import { projectToHead } from '../api/support/project-to-head.js';
import { closeRunningMeeting, runningMeeting } from '../api/support/running-meeting.js';
import { EMPLOYER, PEOPLE, type Principals, seedGroup, SSR, VISION } from '../api/support/seed-002-group.js';

/** Today in the tests: 1 April 2019, 12.00 in Stockholm. */
export const TODAY = '2019-04-01';
export const GENERATED = 60;

export const BO = { personId: 'p-bo', name: 'Bo Ek' };
export const VERA = { personId: 'p-vera', name: 'Vera Åkesson' };
export const INJECTION_ACTION = '=HYPERLINK("http://angripare.example/","Klicka")';
export const SECRET_ACTION = 'Omplacering av en medarbetare: kontakta företagshälsovården';

/** One follow-up as the test expects it in the overview. */
export interface Expected {
  followUpId: string;
  group: 'soc' | 'skola';
  status: 'open' | 'completed' | 'cancelled';
  dueDate: string;
  responsibleId: string;
  organisation: string | null;
  completedOn?: string;
  confidential?: boolean;
}

/** Generated follow-up i of the school group: due every third day from 8 October 2018. */
export function generatedDueDate(i: number): string {
  return new Date(Date.parse('2018-10-08T00:00:00Z') + i * 3 * 86_400_000).toISOString().slice(0, 10);
}

const principal = (tenantId: string, person: { personId: string; name: string }): Principal => ({
  accountId: person.personId,
  tenantId,
  displayName: person.name,
  email: `${person.personId}@${tenantId}.test`,
  roles: [],
  via: 'session',
});

/**
 * Seed 002's organisation and FSG/VSG (Socialförvaltningen, u-soc) with its meeting of 25 February
 * 2019 and five follow-ups of every kind (completed on time, open and overdue, completed late with
 * a formula for an action, confidential for a non-member, cancelled), plus a generated förvaltning:
 * Barn- och utbildningsförvaltningen (u-bun) with a school unit under it and its VSG, whose meeting
 * of 1 October 2018 opened GENERATED follow-ups, three days apart, for Vera (Vision) and Bo (the
 * employer). Everything through the API; the overview projected to the head; the clock at TODAY.
 */
export async function overviewWorld(api: ApiTestApp) {
  const seeded = await seedGroup(api);
  const { tenantId, people } = seeded;
  const admin = api.as(people.admin);
  const expected: Expected[] = [];
  const bo = principal(tenantId, BO);
  const vera = principal(tenantId, VERA);

  await admin
    .post('/api/organisation/units')
    .send({ unitId: 'u-bun', name: 'Barn- och utbildningsförvaltningen' })
    .expect(201);
  await admin
    .post('/api/organisation/units')
    .send({ unitId: 'u-bun-skola', name: 'Skolområde Norr', parentUnitId: 'u-bun' })
    .expect(201);
  const school = await admin
    .post('/api/groups')
    .send({
      name: 'VSG Skolområde Norr',
      levels: ['VSG'],
      unitId: 'u-bun-skola',
      actsAsSkyddskommitte: false,
    })
    .expect(201);
  const schoolGroupId = school.body.groupId as string;
  for (const [person, party, role] of [
    [BO, EMPLOYER, 'ordförande'],
    [VERA, VISION, 'ledamot'],
  ] as const) {
    await admin
      .post(`/api/groups/${schoolGroupId}/members`)
      .send({ person, party, role, joinedOn: '2018-01-01' })
      .expect(200);
  }

  // The school group's meeting of 1 October 2018, left open (its follow-ups have no § yet).
  api.clock.set('2018-09-20T09:00:00Z');
  const meeting = await api
    .as(bo)
    .post(`/api/groups/${schoolGroupId}/meetings`)
    .send({ startsAt: '2018-10-01T13:00:00+02:00', endsAt: '2018-10-01T15:00:00+02:00', place: 'Aulan' })
    .expect(201);
  const schoolMeeting = `/api/meetings/${meeting.body.meetingId as string}`;
  await api
    .as(bo)
    .put(`${schoolMeeting}/agenda`)
    .send({
      items: [{ itemId: 'i-dialog', title: 'Arbetsmiljön i skolorna', kind: 'dialog', proposer: EMPLOYER }],
    })
    .expect(200);
  api.clock.set('2018-10-01T11:05:00Z');
  await api
    .as(bo)
    .put(`${schoolMeeting}/attendance`)
    .send({
      attendees: [
        { person: BO, party: EMPLOYER, role: 'ordförande', presence: 'present' },
        { person: VERA, party: VISION, role: 'ledamot', presence: 'present' },
      ],
    })
    .expect(200);
  for (let i = 0; i < GENERATED; i += 1) {
    const responsible = i % 2 === 0 ? VERA : BO;
    const { body } = await api
      .as(bo)
      .post(`${schoolMeeting}/items/i-dialog/follow-ups`)
      .send({
        action: `Åtgärd ${i + 1}: skyddsronder i skola ${i + 1}`,
        responsible,
        dueDate: generatedDueDate(i),
      })
      .expect(201);
    expected.push({
      followUpId: body.followUpId as string,
      group: 'skola',
      status: 'open',
      dueDate: generatedDueDate(i),
      responsibleId: responsible.personId,
      organisation: i % 2 === 0 ? 'Vision' : 'employer',
    });
  }

  // The FSG/VSG's meeting of 25 February 2019, closed: its follow-ups get their §.
  const meetingId = await runningMeeting(api, people, seeded.groupId);
  const chair = api.as(people.viceChair);
  const assign = async (
    itemId: string,
    action: string,
    responsible: { personId: string; name: string },
    dueDate: string,
  ): Promise<string> => {
    const { body } = await chair
      .post(`/api/meetings/${meetingId}/items/${itemId}/follow-ups`)
      .send({ action, responsible, dueDate })
      .expect(201);
    return body.followUpId as string;
  };
  const onTime = await assign(
    'i-dialog',
    'Utvärdera avslutningsenkäterna – även för Å/Ä/Ö',
    PEOPLE.secretary,
    '2019-03-25',
  );
  const overdue = await assign('i-dialog', 'Redovisa tillbud för mars', PEOPLE.vision, '2019-03-11');
  const late = await assign('i-dialog', INJECTION_ACTION, PEOPLE.ssr, '2019-02-28');
  const cancelled = await assign('i-dialog', 'Ta fram en ny enkät', PEOPLE.secretary, '2019-04-15');
  await chair
    .post(`/api/meetings/${meetingId}/ovriga-fragor`)
    .send({ itemId: 'i-secret', title: 'Ett personalärende', proposer: SSR })
    .expect(201);
  await chair
    .put(`/api/meetings/${meetingId}/items/i-secret/information`)
    .send({ text: 'Ärendet bereds.' })
    .expect(200);
  const secret = await assign('i-secret', SECRET_ACTION, BO, '2019-03-01');
  await chair
    .put(`/api/meetings/${meetingId}/items/i-secret/confidentiality`)
    .send({ reason: 'Enskild arbetstagares förhållanden (OSL 39:3)' })
    .expect(200);
  await closeRunningMeeting(api, people, meetingId);

  api.clock.set('2019-03-05T10:00:00Z');
  await chair.post(`/api/follow-ups/${late}/complete`).send({ note: '+ klart i efterhand' }).expect(200);
  api.clock.set('2019-03-20T10:00:00Z');
  await chair.post(`/api/follow-ups/${onTime}/complete`).send({}).expect(200);
  api.clock.set('2019-03-21T10:00:00Z');
  await chair
    .post(`/api/follow-ups/${cancelled}/cancel`)
    .send({ reason: 'Ersätts av stadens enkät' })
    .expect(200);

  // One of the school's is moved: a new due date (and month) for the same follow-up.
  const moved = expected[1]!;
  await api
    .as(bo)
    .post(`/api/follow-ups/${moved.followUpId}/reschedule`)
    .send({ newDueDate: '2019-05-20', reason: 'Skyddsronden flyttas till maj' })
    .expect(200);
  moved.dueDate = '2019-05-20';

  const soc = (e: Omit<Expected, 'group'>): Expected => ({ ...e, group: 'soc' });
  expected.push(
    soc({
      followUpId: onTime,
      status: 'completed',
      dueDate: '2019-03-25',
      responsibleId: PEOPLE.secretary.personId,
      organisation: 'employer',
      completedOn: '2019-03-20',
    }),
    soc({
      followUpId: overdue,
      status: 'open',
      dueDate: '2019-03-11',
      responsibleId: PEOPLE.vision.personId,
      organisation: 'Vision',
    }),
    soc({
      followUpId: late,
      status: 'completed',
      dueDate: '2019-02-28',
      responsibleId: PEOPLE.ssr.personId,
      organisation: 'Akademikerförbundet SSR',
      completedOn: '2019-03-05',
    }),
    soc({
      followUpId: cancelled,
      status: 'cancelled',
      dueDate: '2019-04-15',
      responsibleId: PEOPLE.secretary.personId,
      organisation: 'employer',
    }),
    soc({
      followUpId: secret,
      status: 'open',
      dueDate: '2019-03-01',
      responsibleId: BO.personId,
      organisation: null,
      confidential: true,
    }),
  );

  await projectToHead(api.app, [followUpOverviewProjection]);
  api.clock.set(`${TODAY}T10:00:00Z`);
  return {
    ...seeded,
    people: { ...people, bo, vera } as Principals & { bo: Principal; vera: Principal },
    schoolGroupId,
    expected,
    ids: { onTime, overdue, late, cancelled, secret },
  };
}

export type OverviewWorld = Awaited<ReturnType<typeof overviewWorld>>;

const RANK = { open: 0, completed: 1, cancelled: 2 } as const;

/** The overview's default order: open first, then by due date and id. */
export const inOverviewOrder = (rows: readonly Expected[]): Expected[] =>
  [...rows].sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      a.dueDate.localeCompare(b.dueDate) ||
      (a.followUpId < b.followUpId ? -1 : a.followUpId > b.followUpId ? 1 : 0),
  );

export const isOverdue = (row: Expected): boolean => row.status === 'open' && row.dueDate < TODAY;
