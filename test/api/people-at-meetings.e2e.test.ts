/**
 * Issue 10, point 4: people as meetings have them. An item presented by two, a member and an
 * HR-specialist without an account; an adjungerad consultant without an account on the
 * närvarolista; a group whose agreement has the unions justera by federation, where Vision's
 * justerare justerar "för TCO"; and what the protocol (HTML and PDF) then says. Input the
 * organisation cannot mean (a federation that is none, a presenter who is nobody, "för LO" for a
 * TCO union) is refused with problem+json and records nothing.
 */
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { htmlWords } from '../../libs/documents/src/testing/document-words.fixtures.js';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import { recordEveryItem, SMALL_AGENDA } from './support/running-meeting.js';
import {
  EMPLOYER,
  PEOPLE,
  type Principals,
  SEED_ATTENDANCE,
  seedGroup,
  VISION,
} from './support/seed-002-group.js';
import { expectInOrder } from '../support/expect-in-order.js';
import { pdfSayingTheSame } from './support/protocol-pdf.js';

const HR_SPECIALIST = { name: 'Anna Berg', title: 'HR-specialist' };
const CONSULTANT = { name: 'Per Lindqvist', title: 'arbetsmiljökonsult' };

/** The information item presented by the vice ordförande (a member) and Anna Berg (no account). */
const AGENDA = SMALL_AGENDA.map((item) =>
  item.itemId === 'i-info' ? { ...item, presenters: [PEOPLE.viceChair, HR_SPECIALIST] } : item,
);
const ATTENDANCE = [
  ...SEED_ATTENDANCE,
  {
    person: { name: CONSULTANT.name },
    title: CONSULTANT.title,
    party: EMPLOYER,
    role: 'adjungerad',
    presence: 'present',
  },
];
const JUSTERARE = [
  { person: PEOPLE.vision, party: VISION, federation: 'TCO' },
  { person: PEOPLE.viceChair, party: EMPLOYER },
];

function expectProblem(response: { headers: Record<string, string>; body: { code?: string } }, code: string) {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.code).toBe(code);
}

describe('people as meetings have them: several presenters, guests without an account, justering för TCO', () => {
  let api: ApiTestApp;
  let people: Principals;
  let groupId: string;
  let meetingId: string;
  const meeting = () => `/api/meetings/${meetingId}`;
  const view = async () => (await api.as(people.viceChair).get(meeting()).expect(200)).body;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ people, groupId } = await seedGroup(api));
    api.clock.set('2019-01-15T08:00:00Z');
  });
  afterAll(() => api?.close());

  it('the organisation puts its unions in federations; a federation that is none is refused', async () => {
    const admin = api.as(people.admin);
    const union = (name: string) => `/api/organisation/union-organisations/${encodeURIComponent(name)}`;
    await admin
      .put(`${union('Vision')}/federation`)
      .send({ federation: 'TCO' })
      .expect(200);
    await admin
      .put(`${union('Kommunal')}/federation`)
      .send({ federation: 'LO' })
      .expect(200);
    await admin
      .put(`${union('Akademikerförbundet SSR')}/federation`)
      .send({ federation: 'Saco' })
      .expect(200);
    const before = (await admin.get('/api/organisation').expect(200)).body;
    expect(before.federations).toEqual({ Vision: 'TCO', Kommunal: 'LO', 'Akademikerförbundet SSR': 'Saco' });

    const noFederation = await admin
      .put(`${union('Vision')}/federation`)
      .send({ federation: 'SACO-S' })
      .expect(400);
    expectProblem(noFederation, 'REQUEST.INVALID');
    const notListed = await admin
      .put(`${union('Ledarna')}/federation`)
      .send({ federation: 'TCO' })
      .expect(409);
    expectProblem(notListed, 'ORGANISATION.UNION_ORGANISATION_NOT_LISTED');
    expect((await admin.get('/api/organisation').expect(200)).body).toEqual(before);
  });

  it('the group sets that its unions justera by federation, as its agreement says', async () => {
    await api
      .as(people.admin)
      .put(`/api/groups/${groupId}/federation-justering`)
      .send({ justeringByFederation: true })
      .expect(200);
    api.clock.set('2019-02-01T09:00:00Z');
    const { body } = await api
      .as(people.viceChair)
      .post(`/api/groups/${groupId}/meetings`)
      .send({ startsAt: '2019-02-25T08:30:00+01:00', endsAt: '2019-02-25T11:00:00+01:00', place: 'Kvarnen' })
      .expect(201);
    meetingId = body.meetingId;
    const scheduled = await view();
    expect(scheduled.rules).toMatchObject({
      formalParties: true,
      justering: 'parties',
      justeringByFederation: true,
    });
    expect(scheduled.federations).toEqual({
      Vision: 'TCO',
      Kommunal: 'LO',
      'Akademikerförbundet SSR': 'Saco',
    });
  });

  it('a presenter named by an id nobody has is refused, and the agenda stays as it was', async () => {
    const chair = api.as(people.viceChair);
    const { version } = await view();
    const ghost = AGENDA.map((item) =>
      item.itemId === 'i-dialog'
        ? { ...item, presenters: [{ personId: 'p-finns-inte', name: 'Nils Ingen' }] }
        : item,
    );
    const refused = await chair.put(`${meeting()}/agenda`).send({ items: ghost }).expect(409);
    expectProblem(refused, 'MEETING.UNKNOWN_PRESENTER');
    const proposal = await api
      .as(people.vision)
      .post(`${meeting()}/agenda/proposals`)
      .send({
        title: 'Schemaläggning',
        kind: 'dialog',
        presenters: [{ personId: 'p-finns-inte', name: 'Nils Ingen' }],
      })
      .expect(409);
    expectProblem(proposal, 'MEETING.UNKNOWN_PRESENTER');
    expect(await view()).toMatchObject({ version, agenda: [] });
  });

  it('an item is presented by a member and by an HR-specialist without an account', async () => {
    await api.as(people.viceChair).put(`${meeting()}/agenda`).send({ items: AGENDA }).expect(200);
    const info = (await view()).agenda.find((item: { itemId: string }) => item.itemId === 'i-info');
    expect(info.presenters).toEqual([PEOPLE.viceChair, HR_SPECIALIST]);
  });

  it('an adjungerad attends without an account, with a title; a member without one is refused', async () => {
    const chair = api.as(people.viceChair);
    api.clock.set('2019-02-25T07:30:00Z');
    const { version } = await view();
    const memberWithoutAccount = ATTENDANCE.map((entry) =>
      entry.person.name === PEOPLE.secretary.name
        ? { ...entry, person: { name: PEOPLE.secretary.name } }
        : entry,
    );
    const refused = await chair
      .put(`${meeting()}/attendance`)
      .send({ attendees: memberWithoutAccount })
      .expect(409);
    expectProblem(refused, 'MEETING.ACCOUNT_REQUIRED');
    expect((await view()).version).toBe(version);

    await chair.put(`${meeting()}/attendance`).send({ attendees: ATTENDANCE }).expect(200);
    expect((await view()).attendance).toContainEqual({
      person: { name: CONSULTANT.name },
      title: CONSULTANT.title,
      party: EMPLOYER,
      role: 'adjungerad',
      presence: 'present',
    });
  });

  it('Vision’s justerare justerar för TCO; "för LO" or a federation that is none is refused', async () => {
    const chair = api.as(people.viceChair);
    const { version } = await view();
    const forLo = JUSTERARE.map((j) => (j.federation ? { ...j, federation: 'LO' } : j));
    expectProblem(
      await chair.put(`${meeting()}/justerare`).send({ justerare: forLo }).expect(409),
      'MEETING.NOT_IN_FEDERATION',
    );
    const forNone = JUSTERARE.map((j) => (j.federation ? { ...j, federation: 'Unionen' } : j));
    expectProblem(
      await chair.put(`${meeting()}/justerare`).send({ justerare: forNone }).expect(400),
      'REQUEST.INVALID',
    );
    const employerForTco = [JUSTERARE[0], { ...JUSTERARE[1], federation: 'TCO' }];
    expectProblem(
      await chair.put(`${meeting()}/justerare`).send({ justerare: employerForTco }).expect(409),
      'MEETING.NOT_IN_FEDERATION',
    );
    expect(await view()).toMatchObject({ version, justerare: [] });

    await chair.put(`${meeting()}/justerare`).send({ justerare: JUSTERARE }).expect(200);
    expect((await view()).justerare).toEqual(JUSTERARE);
  });

  describe('the protocol of the closed meeting', () => {
    let words: string[];

    beforeAll(async () => {
      api.clock.set('2019-02-25T08:00:00Z');
      await recordEveryItem(api, people, meetingId);
      api.clock.set('2019-02-25T09:55:00Z');
      await api.as(people.viceChair).post(`${meeting()}/close`).expect(200);
      await projectToHead(api.app, DOCUMENT_PROJECTIONS);
      const html = (await api.as(people.ssr).get(`${meeting()}/documents/protokoll.html`).expect(200)).text;
      words = htmlWords(html);
    });

    it('names the unions with their federations, the adjungerad with her title, both presenters and "för TCO"', () => {
      const text = words.join(' ');
      expect(text).toContain('Vision (TCO)');
      expect(text).toContain('Akademikerförbundet SSR (Saco)');
      expect(text).toContain(`Adjungerade ${CONSULTANT.name}, ${CONSULTANT.title}`);
      expect(text).toContain('Jenny Gräslund; Anna Berg, HR-specialist');
      expectInOrder(words.join(' '), [
        'Till justerare utses Mårten Åberg för TCO och Jenny Gräslund för arbetsgivaren.',
        'Nytt inom arbetsmiljö',
      ]);
      // The justering table says the same: Mårten Åberg justerar for TCO, not for Vision alone.
      expect(text).toContain(
        'Justerar för Status Mårten Åberg TCO Väntar Jenny Gräslund Arbetsgivaren Väntar',
      );
      expect(text).not.toContain('Mårten Åberg för Vision');
    });

    it('the PDF says the same words in the same order', async () => {
      const pdfText = await pdfSayingTheSame(
        api.as(people.ssr),
        `${meeting()}/documents/protokoll.pdf`,
        words,
      );
      expectInOrder(pdfText.join(' '), [
        'Vision (TCO)',
        'Mårten Åberg för TCO',
        'Jenny Gräslund; Anna Berg, HR-specialist',
      ]);
    });

    it('the kallelse names both presenters', async () => {
      const kallelse = htmlWords(
        (await api.as(people.ssr).get(`${meeting()}/documents/kallelse.html`).expect(200)).text,
      ).join(' ');
      expect(kallelse).toContain('Jenny Gräslund; Anna Berg, HR-specialist');
    });

    it('once TCO’s justerare and the employer’s have justerat, the protocol says it was justerat för TCO', async () => {
      const { revision, textHash } = (await view()).protocol;
      api.clock.set('2019-02-25T13:00:00Z');
      await api
        .as(people.vision)
        .post(`${meeting()}/protocol/justeringar`)
        .send({ revision, textHash })
        .expect(200);
      await api
        .as(people.viceChair)
        .post(`${meeting()}/protocol/justeringar`)
        .send({ revision, textHash })
        .expect(200);
      expect((await view()).protocolStatus).toBe('justerat');
      await projectToHead(api.app, DOCUMENT_PROJECTIONS);
      const justerat = htmlWords(
        (await api.as(people.ssr).get(`${meeting()}/documents/protokoll.html`).expect(200)).text,
      ).join(' ');
      expect(justerat).toContain('Mårten Åberg TCO Justerat');
    });

    it('the minnesanteckningar end with the same justering sentence', async () => {
      const notes = htmlWords(
        (await api.as(people.ssr).get(`${meeting()}/documents/minnesanteckningar.html`).expect(200)).text,
      ).join(' ');
      expect(notes).toContain(
        'Mårten Åberg justerar protokollet för TCO och Jenny Gräslund för arbetsgivaren.',
      );
    });
  });
});
