/**
 * Grupp and Förbered möte over HTTP with the production ApiModule: a chair schedules a meeting from
 * the group's page (a carried-over follow-up comes along with its origin), builds the agenda with
 * plain forms (add, edit, reorder, remove a union's item with its reason), and issues the kallelse;
 * every refused form (bad input, a stale page, no CSRF token) says why next to its field and
 * records nothing.
 */
import request from 'supertest';
import { invitationsReaction } from '#libs/invitations';
import { kallelserProjection } from '#libs/meeting-documents';
import { carryOverProjection } from '#libs/meetings';
import { CSRF_FIELD } from '#libs/web';
import { visibleText } from '../../libs/documents/src/testing/visible-text.js';
import { projectToHead } from '../api/support/project-to-head.js';
import { formBrowser, hidden } from './support/form-browser.js';
import {
  FOLLOW_UP_ACTION,
  PASSWORD,
  PEOPLE,
  startWebWorld,
  type WebWorld,
  type Who,
} from './support/web-world.js';

describe('Grupp and Förbered möte', () => {
  let world: WebWorld;
  // The worker's invitations reaction (e-mail is off in the test: the messages wait as pending).
  const invitations = invitationsReaction({
    calendarDomain: 'samverkan.localhost',
    senderEmail: 'samverkan@samverkan.localhost',
    publicBaseUrl: 'http://127.0.0.1:3000',
  });
  const sessions = {} as Record<Who, string>;

  beforeAll(async () => {
    // A skyddskommitté: its warnings and its AML 6:9 table on Grupp.
    world = await startWebWorld({ skyddskommitte: true });
    // What returns at a new meeting is read from the carry-over read model (the worker's job).
    // A reaction starts at the head of the log: registered before the kallelse it sends.
    await projectToHead(world.app, [carryOverProjection, invitations]);
    for (const who of ['chair', 'vision'] as const) {
      const browser = formBrowser(world);
      await browser.signIn(PEOPLE[who].email, PASSWORD);
      sessions[who] = `svk_session=${browser.cookies.get('svk_session')}`;
    }
  });
  afterAll(async () => {
    await world?.close();
  });

  const get = (who: Who, path: string) => request(world.server).get(path).set('Cookie', sessions[who]);
  /** Posts a form as the page would: with the page's CSRF token unless `token` says otherwise. */
  async function post(who: Who, path: string, form: Record<string, string | string[]>, token?: string) {
    const page = await get(who, '/');
    return request(world.server)
      .post(path)
      .set('Cookie', sessions[who])
      .set('Origin', world.baseUrl)
      .type('form')
      .send({ [CSRF_FIELD]: token ?? hidden(page.text, CSRF_FIELD), ...form });
  }
  const api = async (path: string) => (await get('chair', path).expect(200)).body as Record<string, unknown>;
  const meetingOf = async (meetingId: string) =>
    (await api(`/api/meetings/${meetingId}`)) as {
      version: number;
      agenda: { itemId: string; title: string }[];
      removedItems: { reason: string }[];
      kallelser: unknown[];
    };

  let meetingId = '';

  it('Min sida links to the group, whose page lists members by side, its form, meetings and open follow-ups', async () => {
    const home = await get('chair', '/').expect(200);
    expect(home.text).toContain(`href="/grupper/${world.groupId}"`);
    const page = await get('chair', `/grupper/${world.groupId}`).expect(200);
    expect(page.text).toContain('Arbetsgivaren');
    expect(page.text).toContain('Fackliga: Vision');
    expect(page.text).toContain('Mårten Åberg');
    expect(page.text).toContain('Protokollsmall');
    expect(page.text).toContain('2019-03-18');
    expect(page.text).toContain(`/moten/${world.meetingIds.next}/forbered`);
    // The chair reaches every step from here: preparing, recording, the closed meeting's documents.
    expect(page.text).toContain(`href="/moten/${world.meetingIds.next}/under-motet"`);
    expect(page.text).toContain(`href="/dokument/${world.meetingIds.held}"`);
    expect(page.text).toContain('ges vid avslut');
    expect(page.text).toContain('Ta fram en plan för &lt;i&gt;introduktion&lt;/i&gt; av nyanställda');
    expect(page.text).not.toContain('<script>window');
    expect(page.text).toContain('Schemalägg ett möte');
    // The March meeting was scheduled before the follow-up fell due: it is proposed there, to take along.
    const march = await get('chair', `/moten/${world.meetingIds.next}/forbered`).expect(200);
    expect(march.text).toContain('Återkommande punkter att ta med');
    expect(march.text).toMatch(/name="atgard" value="ta-med">Ta med på dagordningen/);
    // A ledamot sees the group, not the scheduling form.
    const asLedamot = (await get('vision', `/grupper/${world.groupId}`).expect(200)).text;
    expect(asLedamot).not.toContain('Schemalägg ett möte');
    expect(asLedamot).not.toContain('/under-motet');
  });

  it('Grupp shows a skyddskommitté its AML 6:9 questions of the year in a table, and warns when three months pass', async () => {
    const page = (await get('vision', `/grupper/${world.groupId}`).expect(200)).text;
    expect(page).toContain('<h2 class="ds-heading" data-size="md" id="skyddskommitte">Skyddskommitté</h2>');
    expect(page).toContain('Gruppen möts minst var tredje månad.');
    expect(page).toContain(
      '<caption id="aml-2019">Arbetsmiljöfrågor enligt AML 6 kap. 9 § år 2019: 1 av 9 behandlade</caption>',
    );
    expect(page).toContain('<th scope="col">Fråga</th>');
    const row = (topic: string) =>
      new RegExp(`<tr data-topic="${topic}">([\\s\\S]*?)</tr>`).exec(page)?.[1]?.replace(/\s+/g, ' ') ?? '';
    expect(row('information-och-utbildning')).toMatch(
      /<th scope="row">Information och utbildning om arbetsmiljön<\/th> <td class="nowrap">2019-02-04, § \d+ \(1\/2019\)<\/td> <td class="nowrap">–<\/td> <td>Behandlad<\/td>/,
    );
    expect(row('foretagshalsovard')).toContain('Inte behandlad än');

    try {
      world.clock.set('2019-05-06T08:00:00Z');
      const late = (await get('vision', `/grupper/${world.groupId}`).expect(200)).text;
      expect(late).toContain(
        '<div class="ds-alert" data-color="warning" data-code="SKYDDSKOMMITTE.NOT_MET"><p class="ds-paragraph">' +
          'Gruppen har inte haft något möte sedan den 4 februari 2019; nästa borde ha hållits senast den 4 maj 2019. ' +
          'En skyddskommitté ska sammanträda minst var tredje månad.</p></div>',
      );
      expect(late).not.toContain('Gruppen möts minst var tredje månad.');
    } finally {
      world.clock.set('2019-03-01T09:00:00Z');
    }
  });

  it('refuses a date that does not exist and a meeting that ends before it starts, next to the field, and schedules nothing', async () => {
    const before = (await api(`/api/groups/${world.groupId}`)).meetings as unknown[];
    const badDate = await post('chair', `/grupper/${world.groupId}/moten`, {
      datum: '2019-02-30',
      start: '13:00',
      slut: '15:00',
      plats: 'Kvarnen',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.text).toMatch(/id="datum-fel">Ange ett datum som finns/);
    expect(badDate.text).toContain('value="Kvarnen"');
    const backwards = await post('chair', `/grupper/${world.groupId}/moten`, {
      datum: '2019-03-04',
      start: '15:00',
      slut: '13:00',
      plats: 'Kvarnen',
    });
    expect(backwards.status).toBe(409);
    expect(backwards.text).toMatch(/id="slut-fel">Mötet måste sluta efter att det börjar/);
    const nowhere = await post('chair', `/grupper/${world.groupId}/moten`, {
      datum: '2019-03-04',
      start: '13:00',
      slut: '15:00',
    });
    expect(nowhere.status).toBe(409);
    expect(nowhere.text).toMatch(/id="plats-fel">Ange en plats eller en videolänk/);
    expect((await api(`/api/groups/${world.groupId}`)).meetings).toEqual(before);
  });

  it('schedules a meeting and leads to Förbered möte, where the returning follow-up stands with its origin', async () => {
    const scheduled = await post('chair', `/grupper/${world.groupId}/moten`, {
      datum: '2019-03-04',
      start: '13:00',
      slut: '15:00',
      plats: 'Kvarnen',
      dnr: 'DNR:07/2019',
    });
    expect(scheduled.status).toBe(303);
    const location = String(scheduled.headers.location);
    expect(location).toMatch(/^\/moten\/[^/]+\/forbered\?klart=schemalagt$/);
    meetingId = decodeURIComponent(location.split('/')[2]);
    const page = await get('chair', location).expect(200);
    expect(page.text).toContain('Mötet är schemalagt.');
    expect(page.text).toContain('Förbered möte den 4 mars 2019');
    expect(page.text).toContain('Ta fram en plan för &lt;i&gt;introduktion&lt;/i&gt; av nyanställda');
    expect(page.text).toMatch(/Återrapportering av uppföljning från (§ \d+, )?2019-02-04, senast 2019-02-25/);
    expect(page.text).toContain('Inga ärenden');
    expect(page.text).toContain(`href="/moten/${meetingId}/under-motet"`);
    // Scheduled three days ahead: the chair sees when the kallelse and the agenda should have gone out.
    expect(page.text).toContain('<dt>Kallelsen senast</dt><dd>18 februari 2019');
    expect(page.text).toContain(
      'data-code="NOTICE.KALLELSE_LATE"><p class="ds-paragraph">Kallelsen borde ha gått ut den 18 februari 2019.</p>',
    );
    expect(page.text).toContain('Dagordningen borde ha gått ut den 25 februari 2019.');
    // A ledamot does not prepare the meeting and is not told.
    const asLedamot = (await get('vision', location).expect(200)).text;
    expect(asLedamot).not.toContain('Kallelsen borde ha gått ut');
  });

  it('adds items to the agenda; an empty title is refused next to its field and adds nothing', async () => {
    const before = await meetingOf(meetingId);
    const empty = await post('chair', `/moten/${meetingId}/forbered/punkter`, {
      version: String(before.version),
      titel: '  ',
      typ: 'information',
      minuter: '10',
    });
    expect(empty.status).toBe(400);
    expect(empty.text).toMatch(/id="ny-titel-fel">Fältet får inte vara tomt/);
    const badMinutes = await post('chair', `/moten/${meetingId}/forbered/punkter`, {
      version: String(before.version),
      titel: 'Budget',
      typ: 'information',
      minuter: 'tio',
    });
    expect(badMinutes.status).toBe(400);
    expect(badMinutes.text).toMatch(/id="ny-minuter-fel">Ange minuter som ett heltal/);
    expect((await meetingOf(meetingId)).version).toBe(before.version);

    for (const [titel, typ] of [
      ['Budget 2019 <b>', 'information'],
      ['Ny organisation för hemtjänsten', 'beslut'],
    ]) {
      const current = await meetingOf(meetingId);
      const added = await post('chair', `/moten/${meetingId}/forbered/punkter`, {
        version: String(current.version),
        titel,
        typ,
        minuter: '20',
        foredragande: world.ids.chair,
        forslagsstallare: 'arbetsgivaren',
      });
      expect(added.status).toBe(303);
      expect(added.headers.location).toBe(`/moten/${meetingId}/forbered?klart=tillagd#dagordning`);
    }
    const page = await get('chair', `/moten/${meetingId}/forbered`).expect(200);
    expect(page.text).toContain('Budget 2019 &lt;b&gt;');
    expect(page.text).toContain('Föredragande: Jenny Gräslund');
    expect((await meetingOf(meetingId)).agenda.map(({ title }) => title)).toEqual([
      FOLLOW_UP_ACTION,
      'Budget 2019 <b>',
      'Ny organisation för hemtjänsten',
    ]);
  });

  it('puts a sub-item under an item of its section, and refuses one under an item of another section', async () => {
    let current = await meetingOf(meetingId);
    const parent =
      current.agenda.find(({ title }) => title === 'Ny organisation för hemtjänsten')?.itemId ?? '';
    const elsewhere = await post('chair', `/moten/${meetingId}/forbered/punkter`, {
      version: String(current.version),
      titel: 'Bemanning',
      typ: 'information',
      avsnitt: 'information',
      under: parent,
    });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.text).toMatch(
      /id="ny-under-fel">En underpunkt står under en huvudpunkt i samma avsnitt/,
    );
    expect((await meetingOf(meetingId)).version).toBe(current.version);
    const sub = await post('chair', `/moten/${meetingId}/forbered/punkter`, {
      version: String(current.version),
      titel: 'Bemanning på natten',
      typ: 'beslut',
      under: parent,
    });
    expect(sub.status).toBe(303);
    const page = await get('chair', `/moten/${meetingId}/forbered`).expect(200);
    expect(page.text).toMatch(
      /<ol class="agenda agenda--sub" type="a">\s*<li class="agenda__item" id="punkt-\d+">[\s\S]*Bemanning på natten/,
    );
    current = await meetingOf(meetingId);
    expect(current.agenda.map(({ title }) => title)).toContain('Bemanning på natten');
  });

  it('refuses a form from a stale page (412) and one without its CSRF token (403), changing nothing', async () => {
    const current = await meetingOf(meetingId);
    const budget = current.agenda[1].itemId;
    const stale = await post('chair', `/moten/${meetingId}/forbered/punkt`, {
      version: String(current.version - 1),
      punkt: budget,
      atgard: 'upp',
    });
    expect(stale.status).toBe(412);
    expect(stale.text).toContain('Någon annan har ändrat mötet sedan du öppnade sidan');
    const forged = await post(
      'chair',
      `/moten/${meetingId}/forbered/punkt`,
      { version: String(current.version), punkt: budget, atgard: 'upp' },
      'forged',
    );
    expect(forged.status).toBe(403);
    expect((await meetingOf(meetingId)).version).toBe(current.version);
  });

  it('edits an item and moves items up and down within their section', async () => {
    let current = await meetingOf(meetingId);
    const budget = current.agenda[1].itemId;
    const saved = await post('chair', `/moten/${meetingId}/forbered/punkt`, {
      version: String(current.version),
      punkt: budget,
      atgard: 'spara',
      titel: 'Budget 2019',
      typ: 'dialog',
      minuter: '15',
    });
    expect(saved.status).toBe(303);
    current = await meetingOf(meetingId);
    expect(current.agenda[1].title).toBe('Budget 2019');
    const moved = await post('chair', `/moten/${meetingId}/forbered/punkt`, {
      version: String(current.version),
      punkt: budget,
      atgard: 'upp',
    });
    expect(moved.status).toBe(303);
    expect(moved.headers.location).toBe(`/moten/${meetingId}/forbered?klart=flyttad#dagordning`);
    // Now a dialog item, it moved above the returning follow-up, the other item of Dialog.
    expect((await meetingOf(meetingId)).agenda.slice(0, 2).map(({ title }) => title)).toEqual([
      'Budget 2019',
      FOLLOW_UP_ACTION,
    ]);
  });

  it('keeps the presenters its form does not show: several set through the API stay when the item is saved or moved', async () => {
    type Entry = Record<string, unknown> & { itemId: string; title: string; carryOver?: string };
    const agendaNow = async () => (await api(`/api/meetings/${meetingId}`)).agenda as Entry[];
    const inputs = (agenda: Entry[]) =>
      agenda
        .filter(({ carryOver }) => carryOver !== 'proposed')
        .map(({ itemId, title, kind, presenters, estimatedMinutes, proposer, sectionId, parentItemId }) =>
          Object.fromEntries(
            Object.entries({
              itemId,
              title,
              kind,
              presenters,
              estimatedMinutes,
              proposer,
              sectionId,
              parentItemId,
            }).filter(([, value]) => value !== undefined),
          ),
        );
    const putAgenda = (items: object[]) =>
      request(world.server)
        .put(`/api/meetings/${meetingId}/agenda`)
        .set('Cookie', sessions.chair)
        .set('Origin', world.baseUrl)
        .send({ items });
    const chair = { personId: world.ids.chair, name: PEOPLE.chair.name };
    const hr = { name: 'Anna Berg', title: 'HR-specialist' };
    // The admin has an account but sits in no group: identity knows her, so she may present.
    const admin = { personId: world.ids.admin, name: PEOPLE.admin.name };
    const withPresenters = (agenda: Entry[], presenters: object[]) =>
      inputs(agenda).map((item) =>
        item.title === 'Ny organisation för hemtjänsten' ? { ...item, presenters } : item,
      );
    const before = await meetingOf(meetingId);
    const ghost = await putAgenda(
      withPresenters(await agendaNow(), [{ personId: 'acc-finns-inte', name: 'Nils Ingen' }]),
    );
    expect(ghost.status).toBe(409);
    expect(ghost.body.code).toBe('MEETING.UNKNOWN_PRESENTER');
    expect((await meetingOf(meetingId)).version).toBe(before.version);
    expect((await putAgenda(withPresenters(await agendaNow(), [chair, hr, admin]))).status).toBe(200);

    const page = await get('chair', `/moten/${meetingId}/forbered`).expect(200);
    expect(page.text).toContain('Föredragande: Jenny Gräslund; Anna Berg, HR-specialist; Ada Åström');
    expect(page.text).toContain('<legend class="ds-label">Även föredragande</legend>');
    expect(page.text).toMatch(
      /name="ta-bort-foredragande"[^>]*value="0"><label[^>]*>Ta bort Anna Berg, HR-specialist</,
    );

    const presentersOf = async () =>
      (await agendaNow()).find(({ title }) => title.startsWith('Ny organisation'))?.presenters;
    let current = await meetingOf(meetingId);
    const item =
      current.agenda.find(({ title }) => title === 'Ny organisation för hemtjänsten')?.itemId ?? '';
    const saved = await post('chair', `/moten/${meetingId}/forbered/punkt`, {
      version: String(current.version),
      punkt: item,
      atgard: 'spara',
      titel: 'Ny organisation för hemtjänsten 2019',
      typ: 'beslut',
      foredragande: world.ids.vision,
    });
    expect(saved.status).toBe(303);
    // The member the select showed is replaced by the one chosen; the others stay, in their order.
    expect(await presentersOf()).toEqual([
      { personId: world.ids.vision, name: PEOPLE.vision.name },
      hr,
      admin,
    ]);
    current = await meetingOf(meetingId);
    const moved = await post('chair', `/moten/${meetingId}/forbered/punkt`, {
      version: String(current.version),
      punkt: current.agenda[0].itemId,
      atgard: 'ner',
    });
    expect(moved.status).toBe(303);
    expect(await presentersOf()).toEqual([
      { personId: world.ids.vision, name: PEOPLE.vision.name },
      hr,
      admin,
    ]);

    // The page takes one off and adds someone without an account, with a title.
    current = await meetingOf(meetingId);
    const edited = await post('chair', `/moten/${meetingId}/forbered/punkt`, {
      version: String(current.version),
      punkt: item,
      atgard: 'spara',
      titel: 'Ny organisation för hemtjänsten 2019',
      typ: 'beslut',
      foredragande: world.ids.vision,
      'ta-bort-foredragande': '1',
      'gast-namn': 'Olle Östlund',
      'gast-titel': 'Verksamhetschef <hemtjänst>',
    });
    expect(edited.status).toBe(303);
    expect(await presentersOf()).toEqual([
      { personId: world.ids.vision, name: PEOPLE.vision.name },
      hr,
      { name: 'Olle Östlund', title: 'Verksamhetschef <hemtjänst>' },
    ]);
    const after = (await get('chair', `/moten/${meetingId}/forbered`).expect(200)).text;
    expect(after).toContain('Olle Östlund, Verksamhetschef &lt;hemtjänst&gt;');
  });

  it('at a skyddskommitté an item is tagged with its AML 6:9 question, kept through moves; an unknown one is refused at its field', async () => {
    let current = await meetingOf(meetingId);
    const page = (await get('chair', `/moten/${meetingId}/forbered`).expect(200)).text;
    expect(page).toContain(
      '<label class="ds-label" for="ny-arbetsmiljofraga">Arbetsmiljöfråga (AML 6 kap. 9 §)</label>',
    );
    const unknown = await post('chair', `/moten/${meetingId}/forbered/punkter`, {
      version: String(current.version),
      titel: 'Företagshälsovården',
      typ: 'information',
      arbetsmiljofraga: 'kaffe',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toMatch(/id="ny-arbetsmiljofraga-fel">Välj ett av alternativen/);
    expect((await meetingOf(meetingId)).version).toBe(current.version);
    const added = await post('chair', `/moten/${meetingId}/forbered/punkter`, {
      version: String(current.version),
      titel: 'Företagshälsovården',
      typ: 'information',
      arbetsmiljofraga: 'foretagshalsovard',
    });
    expect(added.status).toBe(303);
    current = await meetingOf(meetingId);
    const tagged = current.agenda.find(({ title }) => title === 'Företagshälsovården') as unknown as {
      itemId: string;
      workEnvironmentTopic?: string;
    };
    expect(tagged.workEnvironmentTopic).toBe('foretagshalsovard');
    await post('chair', `/moten/${meetingId}/forbered/punkt`, {
      version: String(current.version),
      punkt: tagged.itemId,
      atgard: 'upp',
    }).then((moved) => expect(moved.status).toBe(303));
    const after = (await meetingOf(meetingId)).agenda.find(({ itemId }) => itemId === tagged.itemId);
    expect(after).toMatchObject({ workEnvironmentTopic: 'foretagshalsovard' });
    expect((await get('chair', `/moten/${meetingId}/forbered`).expect(200)).text).toContain(
      'AML 6:9: Företagshälsovård',
    );
  });

  it('a union’s item is taken off only with a reason, which stays for its proposer to read', async () => {
    await request(world.server)
      .post(`/api/meetings/${meetingId}/agenda/proposals`)
      .set('Cookie', world.cookies.vision)
      .send({ title: 'Schemaläggning på Kvarnen', kind: 'dialog' })
      .expect(201);
    const current = await meetingOf(meetingId);
    const proposal = current.agenda.find(({ title }) => title === 'Schemaläggning på Kvarnen')?.itemId ?? '';
    const page = await get('chair', `/moten/${meetingId}/forbered`).expect(200);
    expect(page.text).toContain('Begärd av Vision (MBL § 12)');
    const noReason = await post('chair', `/moten/${meetingId}/forbered/punkt`, {
      version: String(current.version),
      punkt: proposal,
      atgard: 'ta-bort',
      motivering: '',
    });
    expect(noReason.status).toBe(409);
    expect(noReason.text).toMatch(
      /-motivering-fel">En punkt som en facklig organisation har begärt tas bara bort med en motivering/,
    );
    expect(noReason.text).toContain('<details class="ds-details" open>');
    expect((await meetingOf(meetingId)).version).toBe(current.version);
    const declined = await post('chair', `/moten/${meetingId}/forbered/punkt`, {
      version: String(current.version),
      punkt: proposal,
      atgard: 'ta-bort',
      motivering: 'Frågan tas upp i LSG Kvarnen den 11 mars.',
    });
    expect(declined.status).toBe(303);
    const after = await meetingOf(meetingId);
    expect(after.agenda.some(({ itemId }) => itemId === proposal)).toBe(false);
    expect(after.removedItems.map(({ reason }) => reason)).toEqual([
      'Frågan tas upp i LSG Kvarnen den 11 mars.',
    ]);
    expect((await get('chair', `/moten/${meetingId}/forbered`)).text).toContain(
      'Frågan tas upp i LSG Kvarnen den 11 mars.',
    );
  });

  it('issues the kallelse to the members ticked (none is refused) and links to it, its PDF and .ics', async () => {
    const current = await meetingOf(meetingId);
    const none = await post('chair', `/moten/${meetingId}/forbered/kallelse`, {
      version: String(current.version),
    });
    expect(none.status).toBe(409);
    expect(none.text).toMatch(/id="mottagare-fel">Välj minst en mottagare/);
    expect((await meetingOf(meetingId)).kallelser).toEqual([]);
    const issued = await post('chair', `/moten/${meetingId}/forbered/kallelse`, {
      version: String(current.version),
      mottagare: [world.ids.chair, world.ids.vision],
    });
    expect(issued.status).toBe(303);
    const page = await get('chair', `/moten/${meetingId}/forbered?klart=kallelse`).expect(200);
    expect(page.text).toContain('Kallelsen är skickad.');
    expect(page.text).toContain(`/api/meetings/${meetingId}/documents/kallelse.ics`);
    expect(page.text).toContain(`/api/meetings/${meetingId}/documents/kallelse.pdf`);
    expect((await meetingOf(meetingId)).kallelser).toHaveLength(1);
    // The invitations recorded for the worker's sender, shown under "Utskick" with what became of them.
    expect(page.text).not.toContain('id="utskick"');
    await projectToHead(world.app, [kallelserProjection, invitations]);
    const sent = visibleText((await get('chair', `/moten/${meetingId}/forbered`).expect(200)).text);
    expect(sent).toContain('Utskick');
    expect(sent).toContain(`Kallelse ${PEOPLE.chair.name} ${PEOPLE.chair.email} Väntar på att skickas`);
    expect(sent).toContain(`Kallelse ${PEOPLE.vision.name} ${PEOPLE.vision.email} Väntar på att skickas`);
    // A ledamot does not see who was sent what.
    expect((await get('vision', `/moten/${meetingId}/forbered`).expect(200)).text).not.toContain(
      'id="utskick"',
    );
  });

  it('shows a ledamot the agenda without the forms, and the later meeting its proposed returning item to take along', async () => {
    const page = await get('vision', `/moten/${meetingId}/forbered`).expect(200);
    expect(page.text).toContain(
      'Bara gruppens ordförande, vice ordförande och sekreterare förbereder mötet.',
    );
    expect(page.text).not.toContain('Lägg till punkten');
    const unknown = await get('chair', '/moten/finns-inte/forbered');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('Sidan finns inte');
  });
  it('moves the meeting (a wrong date is refused next to its field) and says those called will be told the new time', async () => {
    const page = await get('chair', `/moten/${meetingId}/forbered`).expect(200);
    expect(page.text).toContain('id="flytta-datum"');
    expect(page.text).toContain('value="2019-03-04"');
    const version = String((await meetingOf(meetingId)).version);
    const wrong = await post('chair', `/moten/${meetingId}/forbered/flytta`, {
      version,
      datum: '2019-02-30',
      start: '09.00',
      slut: '11.00',
      plats: 'Kvarnen',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toMatch(/id="flytta-datum-fel">Ange ett datum som finns/);
    expect(wrong.text).toContain('value="2019-02-30"');
    const endFirst = await post('chair', `/moten/${meetingId}/forbered/flytta`, {
      version,
      datum: '2019-03-05',
      start: '11.00',
      slut: '09.00',
      plats: 'Kvarnen',
    });
    expect(endFirst.text).toMatch(/id="flytta-slut-fel">Mötet måste sluta efter att det börjar/);
    expect(await api(`/api/meetings/${meetingId}`)).toMatchObject({ startsAt: '2019-03-04T12:00:00Z' });

    const moved = await post('chair', `/moten/${meetingId}/forbered/flytta`, {
      version,
      datum: '2019-03-05',
      start: '09.00',
      slut: '11.00',
      plats: 'Stora salen, Rådhuset',
    });
    expect(moved.status).toBe(303);
    expect(await api(`/api/meetings/${meetingId}`)).toMatchObject({
      startsAt: '2019-03-05T08:00:00Z',
      endsAt: '2019-03-05T10:00:00Z',
      place: 'Stora salen, Rådhuset',
    });
    const after = await get('chair', String(moved.headers.location)).expect(200);
    expect(after.text).toContain('Mötet är flyttat.');
    expect(after.text).toContain(
      'Kallelsen är redan skickad: alla som fick den får ett meddelande om den nya tiden',
    );
    expect((await get('vision', `/moten/${meetingId}/forbered`)).text).not.toContain('Flytta mötet');
  });

  it('cancels a meeting only with a reason, and then shows it as cancelled', async () => {
    const scheduled = await post('chair', `/grupper/${world.groupId}/moten`, {
      datum: '2019-04-01',
      start: '13.00',
      slut: '15.00',
      plats: 'Kvarnen',
    });
    const later = decodeURIComponent(String(scheduled.headers.location).split('/')[2]);
    const version = String((await meetingOf(later)).version);
    const noReason = await post('chair', `/moten/${later}/forbered/installa`, { version, motivering: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.text).toMatch(/id="installa-motivering-fel">Fältet får inte vara tomt/);
    expect(await api(`/api/meetings/${later}`)).toMatchObject({ status: 'scheduled' });
    const cancelled = await post('chair', `/moten/${later}/forbered/installa`, {
      version,
      motivering: 'Ordföranden är sjuk & ingen ersättare finns',
    });
    expect(cancelled.status).toBe(303);
    expect(await api(`/api/meetings/${later}`)).toMatchObject({ status: 'cancelled' });
    const page = await get('chair', String(cancelled.headers.location)).expect(200);
    expect(page.text).toContain('Mötet är inställt.');
    expect(page.text).not.toContain('Ställ in mötet</button>');
  });
});
