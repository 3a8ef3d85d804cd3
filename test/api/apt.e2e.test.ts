/**
 * Issue 10, point 6: an APT (arbetsplatsträff) held as workplaces hold it. Its members have no
 * party (the manager sits for the employer), it closes without union justerare (by default without
 * justering at all), and its notes are read, in the public version, by the employees of its unit:
 * never by those of another unit, never with the confidential item, never before they are published.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '#libs/identity';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { visibleText } from '../../libs/documents/src/testing/visible-text.js';
import { binaryBody } from '../support/binary-body.js';
import { readZip } from '../support/read-zip.js';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import { closeRunningMeeting, runningMeeting } from './support/running-meeting.js';
import { principalsOf, seedGroup } from './support/seed-002-group.js';

const tenantId = `tenant-${randomUUID()}`;
const account = (accountId: string, displayName: string, extra: Partial<Principal> = {}): Principal => ({
  accountId,
  tenantId,
  displayName,
  email: `${accountId}@${tenantId}.test`,
  roles: [],
  via: 'session',
  ...extra,
});
const admin = account('acc-admin', 'Ada Admin', { roles: ['admin'] });
const chef = account('p-asa', 'Åsa Chef');
const eva = account('p-eva', 'Eva Ödman', { units: ['u-hemtjanst-norr'] });
const goran = account('p-goran', 'Göran Ärlig', { units: ['u-hemtjanst-norr'] });
/** An employee of the unit who is no member of the APT (started this month). */
const nyanstalld = account('acc-nyanstalld', 'Nils Nyanställd', { units: ['u-hemtjanst-norr'] });
const otherUnit = account('acc-skolan', 'Sara Skolan', { units: ['u-skolan'] });

const person = ({ accountId, displayName }: Principal) => ({ personId: accountId, name: displayName });
const SECRET = {
  title: 'Rehabilitering för en namngiven medarbetare',
  text: 'Medarbetaren har varit sjukskriven sedan november.',
};
const PUBLIC_TEXT = 'Nya scheman för sommaren läggs ut i nästa vecka.';

describe('an APT without formal parties, read by the employees of its unit', () => {
  let api: ApiTestApp;
  let groupId: string;
  let meetingId: string;
  const documentOf = (id: string, file: string) => `/api/meetings/${id}/documents/${file}`;

  /** Schedules, prepares and holds an APT meeting with one public and one confidential item. */
  async function holdMeeting(day: string): Promise<string> {
    const asChef = api.as(chef);
    const { body } = await asChef
      .post(`/api/groups/${groupId}/meetings`)
      .send({ startsAt: `${day}T13:00:00+01:00`, endsAt: `${day}T14:00:00+01:00`, place: 'Personalrummet' })
      .expect(201);
    const meeting = `/api/meetings/${body.meetingId as string}`;
    await asChef
      .put(`${meeting}/agenda`)
      .send({
        items: [
          {
            itemId: 'i-schema',
            title: 'Sommarens scheman',
            kind: 'information',
            proposer: { side: 'employer' },
          },
          { itemId: 'i-rehab', title: SECRET.title, kind: 'information', proposer: { side: 'employer' } },
        ],
      })
      .expect(200);
    await asChef
      .put(`${meeting}/attendance`)
      .send({
        attendees: [
          { person: person(chef), party: { side: 'employer' }, role: 'ordförande', presence: 'present' },
          { person: person(eva), role: 'ledamot', presence: 'present' },
          { person: person(goran), role: 'ledamot', presence: 'absent' },
        ],
      })
      .expect(200);
    await asChef.put(`${meeting}/items/i-schema/information`).send({ text: PUBLIC_TEXT }).expect(200);
    await asChef.put(`${meeting}/items/i-rehab/information`).send({ text: SECRET.text }).expect(200);
    await asChef
      .put(`${meeting}/items/i-rehab/confidentiality`)
      .send({ reason: 'Enskilt ärende' })
      .expect(200);
    return body.meetingId as string;
  }

  beforeAll(async () => {
    api = await startApiTestApp();
    api.clock.set('2019-03-01T08:00:00Z');
    const asAdmin = api.as(admin);
    await asAdmin.post('/api/organisation').send({ name: 'Exempelstads kommun' }).expect(201);
    await asAdmin
      .post('/api/organisation/units')
      .send({ unitId: 'u-hemtjanst-norr', name: 'Hemtjänst Norr' });
    await asAdmin.post('/api/organisation/units').send({ unitId: 'u-skolan', name: 'Skolan' }).expect(201);
    await asAdmin.post('/api/organisation/union-organisations').send({ name: 'Kommunal' }).expect(200);
    const created = await asAdmin
      .post('/api/groups')
      .send({
        name: 'APT Hemtjänst Norr',
        levels: ['APT'],
        unitId: 'u-hemtjanst-norr',
        actsAsSkyddskommitte: false,
      })
      .expect(201);
    groupId = created.body.groupId as string;
    const members = [
      { person: person(chef), party: { side: 'employer' }, role: 'ordförande' },
      { person: person(eva), role: 'ledamot' },
      { person: person(goran), role: 'ledamot' },
    ];
    for (const member of members) {
      await asAdmin
        .post(`/api/groups/${groupId}/members`)
        .send({ ...member, joinedOn: '2019-01-01' })
        .expect(200);
    }
    api.clock.set('2019-03-11T13:05:00Z');
    meetingId = await holdMeeting('2019-03-11');
  });
  afterAll(() => api?.close());

  describe('the group', () => {
    it('is an APT without formal parties and without justering, its medarbetare without a party', async () => {
      const { body } = await api.as(admin).get(`/api/groups/${groupId}`).expect(200);
      expect(body).toMatchObject({ formalParties: false, justering: 'off' });
      const eva = body.members.find(
        ({ person }: { person: { name: string } }) => person.name === 'Eva Ödman',
      );
      expect(eva).not.toHaveProperty('party');
    });

    it('refuses a member for a union organisation: GROUP.NO_FORMAL_PARTIES, nothing recorded', async () => {
      const response = await api
        .as(admin)
        .post(`/api/groups/${groupId}/members`)
        .send({
          person: { personId: 'p-kim', name: 'Kim Kommunal' },
          party: { side: 'union', organisation: 'Kommunal' },
          role: 'ledamot',
          joinedOn: '2019-01-01',
        });
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 409,
        code: 'GROUP.NO_FORMAL_PARTIES',
      });
      const { body } = await api.as(admin).get(`/api/groups/${groupId}`).expect(200);
      expect(body.members).toHaveLength(3);
    });

    it('refuses justering by the parties: GROUP.JUSTERING_NOT_FOR_LEVEL', async () => {
      const response = await api
        .as(admin)
        .put(`/api/groups/${groupId}/justering`)
        .send({ justering: 'parties' });
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 409,
        code: 'GROUP.JUSTERING_NOT_FOR_LEVEL',
      });
    });
  });

  describe('the meeting without justering', () => {
    it('cannot appoint justerare: MEETING.JUSTERING_OFF', async () => {
      const response = await api
        .as(chef)
        .put(`/api/meetings/${meetingId}/justerare`)
        .send({ justerare: [{ person: person(chef), party: { side: 'employer' } }] });
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 409,
        code: 'MEETING.JUSTERING_OFF',
      });
    });

    it('is not readable by an employee of the unit before it closes', async () => {
      const response = await api.as(nyanstalld).get(documentOf(meetingId, 'minnesanteckningar.json'));
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 403,
        code: 'AUTH.FORBIDDEN',
      });
    });

    it('closes without any justerare, and its notes are published', async () => {
      await api.as(chef).post(`/api/meetings/${meetingId}/close`).expect(200);
      const { body } = await api.as(chef).get(`/api/meetings/${meetingId}`).expect(200);
      expect(body).toMatchObject({
        status: 'closed',
        justerare: [],
        rules: { formalParties: false, justering: 'off' },
        publishedRevision: 1,
      });
      await projectToHead(api.app, DOCUMENT_PROJECTIONS);
    });
  });

  describe('what an employee of the unit who is no member reads', () => {
    it('the minnesanteckningar, public version: the public item, never the confidential one', async () => {
      const response = await api
        .as(nyanstalld)
        .get(documentOf(meetingId, 'minnesanteckningar.html'))
        .expect(200);
      expect(response.headers['x-document-audience']).toBe('public');
      const text = visibleText(response.text);
      expect(text).toContain('Minnesanteckningar från arbetsplatsträff');
      expect(text).toContain(PUBLIC_TEXT);
      expect(text).not.toContain(SECRET.title);
      expect(text).not.toContain(SECRET.text);
      expect(text).not.toContain('Bilaga till protokoll');
    });

    it('the protokoll: everyone present as Medarbetare, not split by party, and no justering block', async () => {
      const response = await api.as(nyanstalld).get(documentOf(meetingId, 'protokoll.html')).expect(200);
      const text = visibleText(response.text);
      expect(text).toContain('Medarbetare');
      expect(text).toContain('Åsa Chef, ordförande');
      expect(text).toContain('Eva Ödman');
      expect(text).not.toContain('Arbetsgivaren');
      expect(text).not.toContain('Justerare');
      expect(text).not.toContain('väntar på justering');
      expect(text).not.toContain(SECRET.title);
      expect(text).not.toContain(SECRET.text);
    });

    it('the JSON model without the confidential content either', async () => {
      const { body } = await api.as(nyanstalld).get(documentOf(meetingId, 'protokoll.json')).expect(200);
      const json = JSON.stringify(body);
      expect(json).toContain(PUBLIC_TEXT);
      expect(json).not.toContain(SECRET.title);
      expect(json).not.toContain(SECRET.text);
      expect(body.justering).toBeUndefined();
    });

    it('not the kallelse, nor the meeting itself (drafts are the group’s own)', async () => {
      for (const path of [documentOf(meetingId, 'kallelse.html'), `/api/meetings/${meetingId}`]) {
        const response = await api.as(nyanstalld).get(path);
        expect({ path, status: response.status, code: response.body.code }).toEqual({
          path,
          status: 403,
          code: 'AUTH.FORBIDDEN',
        });
      }
    });

    it('not the draft (revision 0) when they name it, only what is published', async () => {
      const draft = await api.as(nyanstalld).get(`${documentOf(meetingId, 'protokoll.json')}?revision=0`);
      expect({ status: draft.status, code: draft.body.code }).toEqual({
        status: 403,
        code: 'AUTH.FORBIDDEN',
      });
      const first = await api.as(nyanstalld).get(`${documentOf(meetingId, 'protokoll.json')}?revision=1`);
      expect(first.status).toBe(200);
    });

    it('the group itself, to find its meetings', async () => {
      const { body } = await api.as(nyanstalld).get('/api/groups').expect(200);
      expect(body.map(({ groupId: id }: { groupId: string }) => id)).toEqual([groupId]);
    });
  });

  it('refuses an employee of another unit, in every format: 403 AUTH.FORBIDDEN', async () => {
    for (const file of ['minnesanteckningar.html', 'protokoll.pdf', 'protokollsutdrag-4.json']) {
      const response = await api.as(otherUnit).get(documentOf(meetingId, file));
      expect({ file, status: response.status, code: response.body.code }).toEqual({
        file,
        status: 403,
        code: 'AUTH.FORBIDDEN',
      });
    }
    const { body } = await api.as(otherUnit).get('/api/groups').expect(200);
    expect(body).toEqual([]);
  });

  it('shows a member the confidential item, as before', async () => {
    const response = await api.as(eva).get(documentOf(meetingId, 'minnesanteckningar.html')).expect(200);
    expect(response.headers['x-document-audience']).toBe('members');
    expect(visibleText(response.text)).toContain(SECRET.text);
  });

  it('gives the archivist the package of an APT closed without justering (its notes are final as it closes)', async () => {
    const response = await api
      .as(admin)
      .get(`/api/meetings/${meetingId}/archive-package`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(response.headers['x-document-audience']).toBe('public');
    const entries = await readZip(response.body as Buffer);
    const meetingXml = entries.find(({ path }) => path === 'metadata/descriptive/meeting.xml');
    expect(meetingXml?.body.toString('utf8')).toContain('<justering installning="off"/>');
    expect(meetingXml?.body.toString('utf8')).toContain('utelamnade="1"');
    // The XML and the event log as text (the PDFs' text is read in archive-package.e2e.test.ts).
    for (const { body } of entries.filter(({ path }) => !path.endsWith('.pdf')))
      expect(body.toString('utf8')).not.toContain(SECRET.title);
  });

  describe('an APT with justering by the employer', () => {
    let justeradMeeting: string;

    beforeAll(async () => {
      await api.as(admin).put(`/api/groups/${groupId}/justering`).send({ justering: 'employer' }).expect(200);
      api.clock.set('2019-04-08T13:05:00Z');
      justeradMeeting = await holdMeeting('2019-04-08');
    });

    it('refuses a justerare for a medarbetare without a party or a union: one for the employer only', async () => {
      const response = await api
        .as(chef)
        .put(`/api/meetings/${justeradMeeting}/justerare`)
        .send({
          justerare: [
            { person: person(chef), party: { side: 'employer' } },
            { person: person(eva), party: { side: 'union', organisation: 'Kommunal' } },
          ],
        });
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 409,
        code: 'MEETING.EMPLOYER_JUSTERING_ONLY',
      });
    });

    it('closes with the manager as the one justerare, and publishes only once justerat', async () => {
      const asChef = api.as(chef);
      const meeting = `/api/meetings/${justeradMeeting}`;
      await asChef
        .put(`${meeting}/justerare`)
        .send({ justerare: [{ person: person(chef), party: { side: 'employer' } }] })
        .expect(200);
      await asChef.post(`${meeting}/close`).expect(200);
      const closed = await api.as(nyanstalld).get(documentOf(justeradMeeting, 'minnesanteckningar.json'));
      expect(closed.status).toBe(403);

      const { body } = await asChef.get(meeting).expect(200);
      await asChef
        .post(`${meeting}/protocol/justeringar`)
        .send({ revision: 1, textHash: body.protocol.textHash })
        .expect(200);
      await projectToHead(api.app, DOCUMENT_PROJECTIONS);
      const response = await api
        .as(nyanstalld)
        .get(documentOf(justeradMeeting, 'protokoll.html'))
        .expect(200);
      const text = visibleText(response.text);
      expect(text).toContain('Protokollet är justerat');
      expect(text).not.toContain(SECRET.text);
      const notes = await api
        .as(nyanstalld)
        .get(documentOf(justeradMeeting, 'minnesanteckningar.html'))
        .expect(200);
      expect(visibleText(notes.text)).toContain('Åsa Chef justerar minnesanteckningarna för arbetsgivaren.');
    });
  });
});

/**
 * The decision where the issue was silent: a samverkansgrupp's justerade protocols are public records
 * (DOMAIN), so every employee of the organisation reads their public version, whatever their unit.
 */
describe("a samverkansgrupp's justerat protocol, read by an employee of another unit", () => {
  let api: ApiTestApp;
  let meetingId: string;
  let employee: Principal;
  const CONFIDENTIAL = 'Enskilt ärende om en namngiven medarbetare';

  beforeAll(async () => {
    api = await startApiTestApp();
    const { people, groupId } = await seedGroup(api);
    employee = { ...people.outsider, units: ['u-annan-enhet'] };
    meetingId = await runningMeeting(api, people, groupId);
    const meeting = `/api/meetings/${meetingId}`;
    const chair = api.as(people.viceChair);
    await chair
      .post(`${meeting}/ovriga-fragor`)
      .send({ itemId: 'i-secret', title: CONFIDENTIAL, proposer: { side: 'employer' } })
      .expect(201);
    await chair.put(`${meeting}/items/i-secret/information`).send({ text: CONFIDENTIAL }).expect(200);
    await chair
      .put(`${meeting}/items/i-secret/confidentiality`)
      .send({ reason: 'Enskilt ärende' })
      .expect(200);
    await closeRunningMeeting(api, people, meetingId);
  });
  afterAll(() => api?.close());

  it('is refused while it waits for justering, and read in the public version once justerat', async () => {
    const path = `/api/meetings/${meetingId}/documents/protokoll.html`;
    expect((await api.as(employee).get(path)).status).toBe(403);

    const people = principalsOf(employee.tenantId);
    const { body } = await api.as(people.ssr).get(`/api/meetings/${meetingId}`).expect(200);
    const { revision, textHash } = body.protocol;
    for (const justerare of [people.ssr, people.viceChair]) {
      await api
        .as(justerare)
        .post(`/api/meetings/${meetingId}/protocol/justeringar`)
        .send({ revision, textHash })
        .expect(200);
    }
    await projectToHead(api.app, DOCUMENT_PROJECTIONS);
    const response = await api.as(employee).get(path).expect(200);
    expect(response.headers['x-document-audience']).toBe('public');
    const text = visibleText(response.text);
    expect(text).toContain('Protokollet är justerat');
    expect(text).toContain('Arbetsgivaren');
    expect(text).not.toContain(CONFIDENTIAL);
  });
});
