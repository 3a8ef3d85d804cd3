import request from 'supertest';
import { followUpOverviewProjection, followUpsProjection } from '#libs/follow-ups';
import { AccountService } from '#libs/identity';
import { projectToHead } from '../../api/support/project-to-head.js';
import { PASSWORD, PEOPLE, startWebWorld, TENANT } from './web-world.js';

export const HR = { email: 'hanna.ohman@exempelstad.se', name: 'Hanna Öhman' } as const;
/** Follow-ups of the March meeting, with the world's own one from February: more than a page of 50. */
export const MARCH_FOLLOW_UPS = 55;
export const SECRET_ACTION = 'Stöd till en medarbetare efter en hotfull händelse';
export const FORMULA_ACTION = '=1+1 räknas inte';

/**
 * The web world of web-world.ts (a group whose name is hostile HTML, its ordförande and a Vision
 * ledamot, the February meeting's follow-up) plus what the Uppföljningsöversikt needs: an HR
 * account, no member of any group, signed in; a meeting of 4 March 2019 with MARCH_FOLLOW_UPS
 * follow-ups a day apart (for the ordförande and the Vision ledamot in turn) and one on a
 * confidential item; the overview projected, and the clock on 15 April 2019, when many are overdue.
 */
export async function startOverviewWebWorld() {
  const world = await startWebWorld();
  await world.app
    .get(AccountService)
    .create({ tenantId: TENANT, email: HR.email, displayName: HR.name, password: PASSWORD, roles: ['hr'] });
  const login = await request(world.server)
    .post('/api/auth/login')
    .send({ tenant: TENANT, email: HR.email, password: PASSWORD })
    .expect(200);
  const hrCookie = String(login.headers['set-cookie']).split(';')[0]!;
  const chair = (method: 'post' | 'put', path: string, body: object, status: number) =>
    request(world.server)[method](path).set('Cookie', world.cookies.chair).send(body).expect(status);
  const person = (who: 'chair' | 'vision') => ({ personId: world.ids[who], name: PEOPLE[who].name });
  const EMPLOYER = { side: 'employer' };
  const VISION = { side: 'union', organisation: 'Vision' };

  const meeting = await chair(
    'post',
    `/api/groups/${world.groupId}/meetings`,
    { startsAt: '2019-03-04T08:30:00+01:00', endsAt: '2019-03-04T10:00:00+01:00', place: 'Kvarnen' },
    201,
  );
  const path = `/api/meetings/${meeting.body.meetingId as string}`;
  await chair(
    'put',
    `${path}/agenda`,
    {
      items: [
        { itemId: 'i-dialog', title: 'Arbetsmiljöronder', kind: 'dialog', proposer: EMPLOYER },
        { itemId: 'i-secret', title: 'Ett personalärende', kind: 'information', proposer: EMPLOYER },
      ],
    },
    200,
  );
  world.clock.set('2019-03-04T07:35:00Z');
  await chair(
    'put',
    `${path}/attendance`,
    {
      attendees: [
        { person: person('chair'), party: EMPLOYER, role: 'ordförande', presence: 'present' },
        { person: person('vision'), party: VISION, role: 'ledamot', presence: 'present' },
      ],
    },
    200,
  );
  for (let i = 0; i < MARCH_FOLLOW_UPS; i += 1) {
    const due = new Date(Date.UTC(2019, 2, 4 + i)).toISOString().slice(0, 10);
    await chair(
      'post',
      `${path}/items/i-dialog/follow-ups`,
      {
        action: i === 0 ? FORMULA_ACTION : `Skyddsrond ${i + 1} på enhet ${i + 1} – åtgärda brister`,
        responsible: person(i % 2 === 0 ? 'vision' : 'chair'),
        dueDate: due,
      },
      201,
    );
  }
  await chair('put', `${path}/items/i-secret/information`, { text: 'Ärendet bereds.' }, 200);
  await chair(
    'post',
    `${path}/items/i-secret/follow-ups`,
    { action: SECRET_ACTION, responsible: person('chair'), dueDate: '2019-03-29' },
    201,
  );
  await chair('put', `${path}/items/i-secret/confidentiality`, { reason: 'OSL 39:3' }, 200);
  await projectToHead(world.app, [followUpsProjection, followUpOverviewProjection]);
  world.clock.set('2019-04-15T08:00:00Z');
  return { ...world, hrCookie, total: MARCH_FOLLOW_UPS + 2 };
}

export type OverviewWebWorld = Awaited<ReturnType<typeof startOverviewWebWorld>>;
