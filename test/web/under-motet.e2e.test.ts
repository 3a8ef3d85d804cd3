/**
 * Under mötet over HTTP, as a browser without JavaScript uses it: every form posts, is answered
 * with a redirect back to the item (POST-redirect-GET), and the API shows what it recorded; a bad
 * input is shown next to its field, in Swedish, with the typed text kept, and records nothing; a
 * stale version (someone saved the same item first) is refused and the person told.
 */
import request from 'supertest';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { projectToHead } from '../api/support/project-to-head.js';
import { formBrowser, formHtml } from './support/form-browser.js';
import { PASSWORD, PEOPLE, startWebWorld, type WebWorld } from './support/web-world.js';

describe('Under mötet (the page the chair runs the meeting from)', () => {
  let world: WebWorld;
  let page: string;
  let chair: ReturnType<typeof formBrowser>;

  const meetingApi = () => `/api/meetings/${world.meetingIds.next}`;
  const meeting = async () =>
    (await request(world.server).get(meetingApi()).set('Cookie', world.cookies.chair)).body as {
      version: number;
      status: string;
      attendance: {
        person: { name: string };
        presence: string;
        role: string;
        replaces?: string;
        title?: string;
      }[];
      justerare: { person: { name: string } }[];
      agenda: {
        itemId: string;
        title: string;
        records: {
          information?: { text: string };
          decision?: { text: string; outcome: string; disagreeing: string[] };
          protokollsanteckningar: { text: string }[];
          followUps: { action: string; dueDate: string }[];
          deferral?: { reason: string };
        };
      }[];
    };
  const path = () => `/moten/${world.meetingIds.next}/under-motet`;
  const reload = async () => {
    const answer = await chair.get(path());
    expect(answer.status).toBe(200);
    page = answer.text;
    return page;
  };

  beforeAll(async () => {
    world = await startWebWorld();
    // 18 March 2019, five minutes into the meeting.
    world.clock.set('2019-03-18T12:05:00Z');
    chair = formBrowser(world);
    await chair.signIn(PEOPLE.chair.email, PASSWORD);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('sends a visitor who is not signed in to sign-in, and shows the chair the agenda with a version on every form', async () => {
    const visitor = formBrowser(world);
    const answer = await visitor.get(path());
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe(`/logga-in?next=${encodeURIComponent(path())}`);

    await reload();
    expect(page).toContain('Under mötet: ');
    expect(page).toContain('1. Budget 2019');
    const { version } = await meeting();
    for (const form of page.match(/<form method="post" action="\/moten[^"]*"/g) ?? []) {
      const action = /action="([^"]*)"/.exec(form)?.[1] as string;
      expect(formHtml(page, action)).toContain(`name="version" value="${version}"`);
      expect(formHtml(page, action)).toMatch(/name="_csrf" value="[^"]+"/);
    }
    // The drafts module is a file of this service (the CSP allows no inline script).
    expect(page).toMatch(
      /<script type="module" src="\/static\/[0-9a-f]{12}\/web\/form-drafts\.js"><\/script>/,
    );
    const script = /src="(\/static\/[^"]+form-drafts\.js)"/.exec(page)?.[1] as string;
    const served = await chair.get(script);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('refuses a form without its CSRF token with 403 and records nothing', async () => {
    const before = (await meeting()).version;
    const refused = await chair.post(`${path()}/narvaro`, { version: String(before) });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Det här får du inte göra');
    expect((await meeting()).version).toBe(before);
  });

  it('records the attendance; a substitute for someone present is refused next to the form and records nothing', async () => {
    await reload();
    const action = `${path()}/narvaro`;
    const chairId = world.ids.chair;
    const visionId = world.ids.vision;
    const before = (await meeting()).version;
    const refused = await chair.submit(page, action, {
      [`narvaro:${chairId}`]: 'present',
      [`narvaro:${visionId}`]: 'present',
      [`ersatter:${visionId}`]: chairId,
      'adj-namn-0': 'Åsa Öberg, HR',
      'adj-part-0': 'employer',
    });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('En ersättare kan bara ersätta någon som är frånvarande.');
    // What was typed stays in the form.
    expect(refused.text).toContain('value="Åsa Öberg, HR"');
    expect((await meeting()).version).toBe(before);

    const saved = await chair.submit(page, action, {
      [`narvaro:${chairId}`]: 'present',
      [`narvaro:${visionId}`]: 'present',
      'adj-namn-0': 'Åsa Öberg',
      'adj-titel-0': 'HR-specialist',
      'adj-part-0': 'employer',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe(`${path()}?sparat=narvaro#narvaro`);
    const { attendance } = await meeting();
    expect(attendance.map(({ person, role, presence }) => [person.name, role, presence])).toEqual([
      [PEOPLE.chair.name, 'ordförande', 'present'],
      [PEOPLE.vision.name, 'ledamot', 'present'],
      ['Åsa Öberg', 'adjungerad', 'present'],
    ]);
    expect(attendance[2].title).toBe('HR-specialist');
    const shown = (await chair.get(saved.headers.location)).text;
    expect(shown).toContain('Sparat.');
    // The title is shown with the name and stays in its field for the next save.
    expect(shown).toContain('Adjungerade: Åsa Öberg, HR-specialist.');
    expect(shown).toContain('id="adj-titel-0" name="adj-titel-0" value="HR-specialist"');
  });

  it('appoints the justerare; none for the employer is refused and records nothing', async () => {
    await reload();
    const action = `${path()}/justerare`;
    const before = (await meeting()).version;
    const refused = await chair.submit(page, action, { 'justerare:union:Vision': world.ids.vision });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Välj en justerare för arbetsgivaren.');
    expect((await meeting()).version).toBe(before);

    const saved = await chair.submit(page, action, {
      'justerare:employer': world.ids.chair,
      'justerare:union:Vision': world.ids.vision,
    });
    expect(saved.status).toBe(303);
    expect((await meeting()).justerare.map(({ person }) => person.name)).toEqual([
      PEOPLE.chair.name,
      PEOPLE.vision.name,
    ]);
  });

  it("records an item's text; an empty text is shown next to the field and records nothing", async () => {
    await reload();
    const action = `${path()}/punkter/i-info/text`;
    const before = (await meeting()).version;
    const refused = await chair.submit(page, action, { text: '   ' });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('id="text-i-info-text-fel">Skriv texten till protokollet.</p>');
    expect(refused.text).toContain('aria-invalid="true" aria-describedby="text-i-info-text-fel"');
    expect(refused.text).toContain('href="#text-i-info-text"');
    expect((await meeting()).version).toBe(before);

    const saved = await chair.submit(page, action, {
      text: 'Förvaltningschefen informerar om <budgeten> för 2019.',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe(`${path()}?sparat=text-i-info#punkt-i-info`);
    expect((await meeting()).agenda[0].records.information?.text).toBe(
      'Förvaltningschefen informerar om <budgeten> för 2019.',
    );
    // Shown as text, escaped.
    expect(await reload()).toContain('Förvaltningschefen informerar om &lt;budgeten&gt; för 2019.');
  });

  it('adds an övrig fråga; an empty title is refused and adds nothing', async () => {
    await reload();
    const action = `${path()}/ovrig-fraga`;
    const before = (await meeting()).agenda.length;
    const refused = await chair.submit(page, action, { title: '', proposer: 'union:Vision' });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Skriv frågans rubrik.');
    expect((await meeting()).agenda).toHaveLength(before);

    const saved = await chair.submit(page, action, {
      title: 'Arbetsmiljön i växeln',
      proposer: 'union:Vision',
    });
    expect(saved.status).toBe(303);
    const agenda = (await meeting()).agenda;
    expect(agenda.map(({ title }) => title)).toEqual(['Budget 2019', 'Arbetsmiljön i växeln']);
    expect(saved.headers.location).toContain(`#punkt-${agenda[1].itemId}`);
    // The same form sent twice (a double click, a resend after a lost answer) adds it once.
    await chair.submit(page, action, { title: 'Arbetsmiljön i växeln', proposer: 'union:Vision' });
    expect((await meeting()).agenda).toHaveLength(2);
  });

  it('records a decision with oenighet; oenighet without organisations is refused', async () => {
    await reload();
    const item = (await meeting()).agenda[1];
    const action = `${path()}/punkter/${item.itemId}/text`;
    const before = (await meeting()).version;
    const refused = await chair.submit(page, action, {
      recordAs: 'decision',
      text: 'Beslut om växeln.',
      outcome: 'oenighet',
    });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Vid oenighet: kryssa i vilka organisationer som inte är eniga.');
    expect(refused.text).toContain('Beslut om växeln.</textarea>');
    expect((await meeting()).version).toBe(before);

    const saved = await chair.submit(page, action, {
      recordAs: 'decision',
      text: 'Beslut om växeln.',
      outcome: 'oenighet',
      disagreeing: 'Vision',
    });
    expect(saved.status).toBe(303);
    expect((await meeting()).agenda[1].records.decision).toMatchObject({
      outcome: 'oenighet',
      disagreeing: ['Vision'],
    });
  });

  it('marks an item confidential with its ground; without one it is refused; the public kallelse then leaves it out', async () => {
    await reload();
    const other = (await meeting()).agenda[1];
    const action = `${path()}/punkter/${other.itemId}/sekretess`;
    const refused = await chair.submit(page, action, { sekretessgrund: '' });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Skriv varför punkten omfattas av sekretess');
    const saved = await chair.submit(page, action, { sekretessgrund: 'OSL 39 kap. 3 §' });
    expect(saved.status).toBe(303);
    const after = await reload();
    expect(after).not.toContain(`action="${action}"`);
    expect(after).toContain('· Sekretess');
    // The public version of the kallelse (what anyone outside the group reads) leaves it out.
    await projectToHead(world.app, DOCUMENT_PROJECTIONS);
    const kallelse = `${meetingApi()}/documents/kallelse.html`;
    expect((await chair.get(kallelse)).text).toContain(other.title);
    const publicVersion = await chair.get(`${kallelse}?audience=public`);
    expect(publicVersion.status).toBe(200);
    expect(publicVersion.text).not.toContain(other.title);
  });

  it('adds a protokollsanteckning; one without a party is refused', async () => {
    await reload();
    const action = `${path()}/punkter/i-info/protokollsanteckning`;
    const refused = await chair.submit(page, action, { party: '', text: 'Vision vill se siffrorna.' });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Välj vilken part anteckningen gäller.');
    expect((await meeting()).agenda[0].records.protokollsanteckningar).toEqual([]);

    const saved = await chair.submit(page, action, {
      party: 'union:Vision',
      text: 'Vision vill se siffrorna.',
    });
    expect(saved.status).toBe(303);
    expect((await meeting()).agenda[0].records.protokollsanteckningar.map(({ text }) => text)).toEqual([
      'Vision vill se siffrorna.',
    ]);
  });

  it('adds a follow-up with responsible and date; a date before the meeting is refused next to the date', async () => {
    await reload();
    const action = `${path()}/punkter/i-info/uppfoljning`;
    const refused = await chair.submit(page, action, {
      action: 'Redovisa utfallet',
      responsible: world.ids.chair,
      dueDate: '2019-03-01',
    });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain(
      'id="uppfoljning-i-info-dueDate-fel">Uppföljningsdatumet kan inte vara före mötesdagen.</p>',
    );
    expect((await meeting()).agenda[0].records.followUps).toEqual([]);

    const saved = await chair.submit(page, action, {
      action: 'Redovisa utfallet',
      responsible: world.ids.chair,
      dueDate: '2019-05-20',
    });
    expect(saved.status).toBe(303);
    expect(
      (await meeting()).agenda[0].records.followUps.map(({ action: text, dueDate }) => [text, dueDate]),
    ).toEqual([['Redovisa utfallet', '2019-05-20']]);
  });

  it('refuses a stale edit of the same item, keeps the text and tells the person; another item is not stale', async () => {
    const first = await reload();
    const second = formBrowser(world);
    await second.signIn(PEOPLE.chair.email, PASSWORD);
    const secondPage = (await second.get(path())).text;
    const action = `${path()}/punkter/i-info/text`;

    expect((await chair.submit(first, action, { text: 'Den första versionen.' })).status).toBe(303);
    const version = (await meeting()).version;
    const stale = await second.submit(secondPage, action, { text: 'Den andra versionen.' });
    expect(stale.status).toBe(412);
    expect(stale.text).toContain('Någon annan hann spara först');
    expect(stale.text).toContain('Den andra versionen.</textarea>');
    expect(stale.text).toContain('<span class="run-saved-now">Den första versionen.</span>');
    expect((await meeting()).agenda[0].records.information?.text).toBe('Den första versionen.');
    expect((await meeting()).version).toBe(version);
    // Sent again from the page that told them (it has the current version): their text is saved.
    expect((await second.submit(stale.text, action, { text: 'Den andra versionen.' })).status).toBe(303);
    expect((await meeting()).agenda[0].records.information?.text).toBe('Den andra versionen.');

    // A form from an older page for an item nobody touched since is no overwrite: it is saved.
    const other = (await meeting()).agenda[1].itemId;
    const note = await chair.submit(first, `${path()}/punkter/${other}/protokollsanteckning`, {
      party: 'union:Vision',
      text: 'Vision anser att frågan borde ha tagits upp tidigare.',
    });
    expect(note.status).toBe(303);
  });

  it('defers an item with a reason; one without a reason is refused; closes the meeting when all is handled', async () => {
    await reload();
    const close = `${path()}/avsluta`;
    // Add a third item and leave it: closing is refused until it is handled or deferred.
    await chair.submit(page, `${path()}/ovrig-fraga`, { title: 'Julbordet', proposer: 'employer' });
    await reload();
    const refusedClose = await chair.submit(page, close, {});
    expect(refusedClose.status).toBe(409);
    expect(refusedClose.text).toContain(
      'Alla punkter måste vara behandlade eller bordlagda innan mötet avslutas.',
    );
    expect((await meeting()).status).toBe('scheduled');

    const third = (await meeting()).agenda[2].itemId;
    const defer = `${path()}/punkter/${third}/bordlaggning`;
    const refused = await chair.submit(page, defer, { reason: '' });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Skriv varför punkten bordläggs.');
    expect((await meeting()).agenda[2].records.deferral).toBeUndefined();
    expect((await chair.submit(page, defer, { reason: 'Tiden räckte inte.' })).status).toBe(303);
    expect((await meeting()).agenda[2].records.deferral?.reason).toBe('Tiden räckte inte.');

    world.clock.set('2019-03-18T13:40:00Z');
    await reload();
    // The start is offered as scheduled; the end is left empty while the scheduled end is to come.
    expect(formHtml(page, close)).toContain('name="startedAt" value="13.00"');
    expect(formHtml(page, close)).toContain('name="endedAt" value=""');
    const noTime = await chair.submit(page, close, { startedAt: '25.00' });
    expect(noTime.status).toBe(409);
    expect(noTime.text).toContain('Skriv klockslaget som tt.mm, till exempel 13.05.');
    expect(noTime.text).toContain('value="25.00"');
    const endFirst = await chair.submit(page, close, { startedAt: '13.10', endedAt: '12.30' });
    expect(endFirst.status).toBe(409);
    expect(endFirst.text).toContain('Mötet måste sluta efter att det började.');
    const later = await chair.submit(page, close, { startedAt: '13.10', endedAt: '15.00' });
    expect(later.text).toContain('Lämna sluttiden tom om mötet slutar nu.');
    expect((await meeting()).status).toBe('scheduled');

    const closed = await chair.submit(page, close, { startedAt: '13.10', endedAt: '14.35' });
    expect(closed.status).toBe(303);
    const held = (await meeting()) as unknown as { startedAt: string; endedAt: string };
    expect([held.startedAt, held.endedAt]).toEqual(['2019-03-18T12:10:00Z', '2019-03-18T13:35:00Z']);
    await projectToHead(world.app, DOCUMENT_PROJECTIONS);
    const protocol = await chair.get(`${meetingApi()}/documents/protokoll.html`);
    expect(protocol.text).toContain('13.10');
    expect(protocol.text).toContain('Mötet avslutades kl. 14.35');
    expect(closed.headers.location).toBe(`${path()}?sparat=avsluta#avslutning`);
    expect((await meeting()).status).toBe('closed');
    const after = await reload();
    expect(after).toContain('Mötet är avslutat');
    expect(after).not.toContain('<form method="post" action="/moten');
  });
});
