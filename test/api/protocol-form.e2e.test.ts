/**
 * A group with its own protocol form, as a central samverkansgrupp writes it: its own procedural
 * paragraphs in its own order ("Fastställande av dagordning" before "Val av justerare", "Anmälan av
 * föregående protokoll", "Mötets avslutande"), the agreement's sections ("Samverkan före beslut",
 * "Tidig och fördjupad dialog"), a) b) sub-items under one §, an empty section kept with "Inga
 * ärenden", an övrig fråga raised at the meeting placed before the closing §, and an agenda amended
 * after the kallelse noted in the dagordning §. Read in the protocol's HTML and PDF alike.
 */
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { htmlWords } from '../../libs/documents/src/testing/document-words.fixtures.js';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import {
  EMPLOYER,
  PEOPLE,
  type Principals,
  SEED_ATTENDANCE,
  SEED_JUSTERARE,
  seedGroup,
  VISION,
} from './support/seed-002-group.js';
import { expectInOrder } from '../support/expect-in-order.js';
import { pdfSayingTheSame } from './support/protocol-pdf.js';

const CSG_FORM = {
  opening: [
    { kind: 'öppnande', title: 'Mötets öppnande' },
    { kind: 'dagordning', title: 'Fastställande av dagordning' },
    { kind: 'justerare', title: 'Val av justerare' },
    { kind: 'föregående protokoll', title: 'Anmälan av föregående protokoll' },
  ],
  sections: [
    { sectionId: 'samverkan-fore-beslut', heading: 'Samverkan före beslut', kinds: ['beslut'] },
    { sectionId: 'tidig-dialog', heading: 'Tidig och fördjupad dialog', kinds: ['dialog'] },
    { sectionId: 'information', heading: 'Information', kinds: ['information'] },
  ],
  closing: [{ kind: 'avslutande', title: 'Mötets avslutande' }],
};

const AGENDA = [
  { itemId: 'i-budget', title: 'Budget 2020', kind: 'beslut', proposer: EMPLOYER },
  {
    itemId: 'i-org',
    title: 'Ny organisation för stödfunktionerna',
    kind: 'dialog',
    sectionId: 'tidig-dialog',
    proposer: EMPLOYER,
  },
  { itemId: 'i-org-hr', title: 'HR-enheten', kind: 'dialog', parentItemId: 'i-org', proposer: EMPLOYER },
  {
    itemId: 'i-org-ekonomi',
    title: 'Ekonomienheten',
    kind: 'dialog',
    parentItemId: 'i-org',
    proposer: VISION,
  },
];
const ADDED_AFTER_KALLELSE = {
  itemId: 'i-lokaler',
  title: 'Lokalförsörjning',
  kind: 'information',
  sectionId: 'samverkan-fore-beslut',
  proposer: EMPLOYER,
};

describe('a protocol in the group’s own form', () => {
  let api: ApiTestApp;
  let people: Principals;
  let groupId: string;
  let meetingId: string;
  const meeting = () => `/api/meetings/${meetingId}`;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ people, groupId } = await seedGroup(api));
  });
  afterAll(() => api?.close());

  it('a group follows its level’s default form until it sets its own', async () => {
    const before = await api.as(people.ssr).get(`/api/groups/${groupId}`).expect(200);
    expect(before.body.protocolFormIsDefault).toBe(true);
    expect(before.body.protocolForm.sections.map((s: { heading: string }) => s.heading)).toEqual([
      'Information',
      'Dialog',
      'Beslut',
    ]);
    await api.as(people.admin).put(`/api/groups/${groupId}/protocol-form`).send(CSG_FORM).expect(200);
    const after = await api.as(people.ssr).get(`/api/groups/${groupId}`).expect(200);
    expect(after.body).toMatchObject({ protocolFormIsDefault: false, protocolForm: CSG_FORM });
  });

  it('a form with a procedural paragraph twice, or two sections for one kind, is refused and changes nothing', async () => {
    const admin = api.as(people.admin);
    const { version } = (await admin.get(`/api/groups/${groupId}`)).body;
    const twice = { ...CSG_FORM, closing: [{ kind: 'öppnande', title: 'Öppnande igen' }] };
    const refused = await admin.put(`/api/groups/${groupId}/protocol-form`).send(twice).expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.code).toBe('GROUP.DUPLICATE_PROCEDURAL_PARAGRAPH');
    const overlapping = {
      ...CSG_FORM,
      sections: [...CSG_FORM.sections, { sectionId: 'beslut', heading: 'Beslut', kinds: ['beslut'] }],
    };
    const overlap = await admin.put(`/api/groups/${groupId}/protocol-form`).send(overlapping).expect(409);
    expect(overlap.body.code).toBe('GROUP.DUPLICATE_SECTION');
    const unknownKind = { ...CSG_FORM, opening: [{ kind: 'kaffe', title: 'Kaffe' }] };
    await admin.put(`/api/groups/${groupId}/protocol-form`).send(unknownKind).expect(400);
    expect((await admin.get(`/api/groups/${groupId}`)).body.version).toBe(version);
  });

  it('an agenda naming a section the form does not have, or a parent § not on it, is refused', async () => {
    const chair = api.as(people.viceChair);
    api.clock.set('2019-02-01T09:00:00Z');
    const { body } = await chair
      .post(`/api/groups/${groupId}/meetings`)
      .send({
        startsAt: '2019-02-25T08:30:00+01:00',
        endsAt: '2019-02-25T11:00:00+01:00',
        place: 'Stadshuset',
      })
      .expect(201);
    meetingId = body.meetingId;
    const unknownSection = [{ ...AGENDA[0], sectionId: 'arbetsmiljo' }];
    const section = await chair.put(`${meeting()}/agenda`).send({ items: unknownSection }).expect(409);
    expect(section.body).toMatchObject({ code: 'MEETING.UNKNOWN_SECTION', sectionId: 'arbetsmiljo' });
    const orphan = [{ ...AGENDA[2], parentItemId: 'i-finns-inte' }];
    const parent = await chair.put(`${meeting()}/agenda`).send({ items: orphan }).expect(409);
    expect(parent.body.code).toBe('MEETING.UNKNOWN_PARENT_ITEM');
    expect((await chair.get(meeting())).body.agenda).toEqual([]);
  });

  describe('the meeting held and closed', () => {
    let html = '';
    let words: string[] = [];

    beforeAll(async () => {
      const chair = api.as(people.viceChair);
      await chair.put(`${meeting()}/agenda`).send({ items: AGENDA }).expect(200);
      api.clock.set('2019-02-11T09:00:00Z');
      await chair
        .post(`${meeting()}/kallelse`)
        .send({ recipients: [PEOPLE.ssr, PEOPLE.vision] })
        .expect(200);
      // A week later the chair adds an item: the kallelse no longer says what the agenda is.
      api.clock.set('2019-02-18T09:00:00Z');
      await chair
        .put(`${meeting()}/agenda`)
        .send({ items: [AGENDA[0], ADDED_AFTER_KALLELSE, ...AGENDA.slice(1)] })
        .expect(200);
      api.clock.set('2019-02-25T07:35:00Z');
      await chair.put(`${meeting()}/attendance`).send({ attendees: SEED_ATTENDANCE }).expect(200);
      await chair.put(`${meeting()}/justerare`).send({ justerare: SEED_JUSTERARE }).expect(200);
      await chair
        .post(`${meeting()}/ovriga-fragor`)
        .send({ itemId: 'i-parkering', title: 'Parkeringen vid stadshuset', proposer: VISION })
        .expect(201);
      const record = (itemId: string, what: string, body: object) =>
        chair.put(`${meeting()}/items/${itemId}/${what}`).send(body).expect(200);
      await record('i-budget', 'decision', { text: 'Budgeten för 2020 läggs fram.', outcome: 'enighet' });
      await record('i-lokaler', 'information', { text: 'Förvaltningen söker nya lokaler.' });
      await record('i-org-hr', 'dialog', { text: 'HR-enheten samlas i en enhet.' });
      await record('i-org-ekonomi', 'dialog', { text: 'Ekonomienheten delas i två.' });
      await record('i-parkering', 'information', { text: 'Parkeringen stängs i mars.' });
      api.clock.set('2019-02-25T09:55:00Z');
      await chair.post(`${meeting()}/close`).expect(200);
      await projectToHead(api.app, DOCUMENT_PROJECTIONS);
      html = (await api.as(people.ssr).get(`${meeting()}/documents/protokoll.html`).expect(200)).text;
      words = htmlWords(html);
    });

    it('prints the group’s own procedural paragraphs, in its order and wording, and the amended agenda', () => {
      expectInOrder(words.join(' '), [
        'Protokollets omfattning §1–§9',
        '§ 1 Mötets öppnande Jenny Gräslund öppnar mötet.',
        '§ 2 Fastställande av dagordning Dagordningen fastställs med följande ändringar: punkterna ”Lokalförsörjning” och ”Parkeringen vid stadshuset” läggs till.',
        '§ 3 Val av justerare Till justerare utses',
        '§ 4 Anmälan av föregående protokoll',
      ]);
    });

    it('groups the items under the group’s headings, with a) b) under one § and an empty section kept', () => {
      expectInOrder(words.join(' '), [
        'Samverkan före beslut',
        '§ 5 Budget 2020',
        'Samverkan fullgjord i enighet.',
        '§ 6 Lokalförsörjning',
        'Tidig och fördjupad dialog',
        '§ 7 Ny organisation för stödfunktionerna',
        'a) HR-enheten HR-enheten samlas i en enhet.',
        'b) Ekonomienheten',
        'Information Inga ärenden.',
        'Övriga frågor § 8 Parkeringen vid stadshuset',
        '§ 9 Mötets avslutande Jenny Gräslund avslutar mötet.',
      ]);
      // The closing § notes nothing: it is no information item.
      expect(words.join(' ')).not.toMatch(/avslutar mötet\. Informationen noteras/);
    });

    it('the PDF says the same words in the same order', async () => {
      const pdfText = await pdfSayingTheSame(
        api.as(people.ssr),
        `${meeting()}/documents/protokoll.pdf`,
        words,
      );
      expectInOrder(pdfText.join(' '), [
        'Tidig och fördjupad dialog',
        'a) HR-enheten',
        'Information Inga ärenden.',
      ]);
    });

    it('the minnesanteckningar and the kallelse follow the same form', async () => {
      const notes = htmlWords(
        (await api.as(people.ssr).get(`${meeting()}/documents/minnesanteckningar.html`).expect(200)).text,
      );
      expectInOrder(notes.join(' '), [
        'Samverkan före beslut: Budget 2020',
        'Tidig och fördjupad dialog: Ny organisation för stödfunktionerna a) HR-enheten',
        'Övriga frågor: Parkeringen vid stadshuset',
      ]);
      const kallelse = htmlWords(
        (await api.as(people.ssr).get(`${meeting()}/documents/kallelse.html`).expect(200)).text,
      );
      expectInOrder(kallelse.join(' '), [
        '2 Fastställande av dagordning',
        'Samverkan före beslut 5 Budget 2020',
        'Tidig och fördjupad dialog 7 Ny organisation för stödfunktionerna',
        '7 a HR-enheten',
        '7 b Ekonomienheten',
        '8 Parkeringen vid stadshuset',
        '9 Mötets avslutande',
      ]);
    });

    it('a protokollsutdrag of the § carries its sub-items', async () => {
      const utdrag = htmlWords(
        (await api.as(people.ssr).get(`${meeting()}/documents/protokollsutdrag-7.html`).expect(200)).text,
      );
      expectInOrder(utdrag.join(' '), [
        '§ 7 Ny organisation för stödfunktionerna',
        'a) HR-enheten HR-enheten samlas i en enhet.',
        'b) Ekonomienheten Punkten är anmäld av Vision. Ekonomienheten delas i två.',
      ]);
    });

    it('the meeting keeps the § numbers and letters it was closed with', async () => {
      const history = await api.as(people.ssr).get(`${meeting()}/history`).expect(200);
      const closed = history.body.events.find((event: { type: string }) => event.type === 'MeetingClosed');
      expect(closed.data.paragraphs).toEqual([
        { itemId: 'i-budget', paragraph: 5 },
        { itemId: 'i-lokaler', paragraph: 6 },
        { itemId: 'i-org', paragraph: 7 },
        { itemId: 'i-org-hr', paragraph: 7, subItem: 'a' },
        { itemId: 'i-org-ekonomi', paragraph: 7, subItem: 'b' },
        { itemId: 'i-parkering', paragraph: 8 },
      ]);
      expect(closed.data.form).toEqual(CSG_FORM);
      const { agenda } = (await api.as(people.ssr).get(meeting()).expect(200)).body;
      expect(agenda.find((entry: { itemId: string }) => entry.itemId === 'i-org-ekonomi')).toMatchObject({
        parentItemId: 'i-org',
        paragraph: 7,
        subItem: 'b',
      });
      expect(agenda.find((entry: { itemId: string }) => entry.itemId === 'i-lokaler')).toMatchObject({
        sectionId: 'samverkan-fore-beslut',
        paragraph: 6,
      });
    });
  });

  it('goes back to its level’s default form; the protocol closed under its own form keeps it', async () => {
    const admin = api.as(people.admin);
    const { body: before } = await admin.get(`/api/groups/${groupId}`).expect(200);
    expect(before.protocolFormIsDefault).toBe(false);
    await admin.delete(`/api/groups/${groupId}/protocol-form`).expect(200);
    const { body: after } = await admin.get(`/api/groups/${groupId}`).expect(200);
    expect(after).toMatchObject({ protocolFormIsDefault: true, version: before.version + 1 });
    expect(after.protocolForm).not.toEqual(CSG_FORM);
    // Following the default already: nothing recorded.
    await admin.delete(`/api/groups/${groupId}/protocol-form`).expect(200);
    expect((await admin.get(`/api/groups/${groupId}`).expect(200)).body.version).toBe(after.version);
    await api.as(people.ssr).delete(`/api/groups/${groupId}/protocol-form`).expect(403);
  });
});
