/**
 * Administration over HTTP with the production ApiModule, by a browser without JavaScript: an admin
 * adds a unit and a union organisation, creates an account with a role, a group under the existing
 * one with that account as a member, sets the group's justering and number series, and issues an
 * API token (shown once) that a program then uses and the admin revokes. Every bad input is said at
 * its field, summarised at the top with a link to the field, keeps what was typed, and changes
 * nothing; everyone but an admin gets the forbidden page.
 */
import request from 'supertest';
import { formBrowser, hiddenFields } from './support/form-browser.js';
import { PASSWORD, PEOPLE, startWebWorld, type WebWorld } from './support/web-world.js';

describe('Administration', () => {
  let world: WebWorld;
  let admin: ReturnType<typeof formBrowser>;

  beforeAll(async () => {
    world = await startWebWorld();
    admin = formBrowser(world);
    await admin.signIn(PEOPLE.admin.email, PASSWORD);
  });
  afterAll(async () => {
    await world?.close();
  });

  const api = async (path: string) =>
    (await request(world.server).get(path).set('Cookie', world.cookies.admin).expect(200)).body as Record<
      string,
      unknown
    >;
  /** Opens `path`, then submits its form at `action` with these typed fields. */
  async function submit(path: string, action: string, typed: Record<string, string | string[]>) {
    const page = await admin.get(path);
    expect(page.status).toBe(200);
    return admin.submit(page.text, action, typed);
  }
  /** The error summary links to the field, and the field says the same next to itself. */
  function expectRefusedAt(html: string, fieldId: string, message: string | RegExp) {
    expect(html).toContain('class="ds-error-summary"');
    expect(html).toContain(`href="#${fieldId}"`);
    const text = typeof message === 'string' ? message : message.source;
    expect(html).toMatch(new RegExp(`id="${fieldId}-fel">${text}`));
    expect(html).toMatch(new RegExp(`id="${fieldId}"[^>]*aria-invalid="true"`));
  }

  it('shows Administration in the menu to admins only; anyone else gets the forbidden page', async () => {
    const home = await admin.get('/');
    expect(home.text).toContain('href="/administration"');
    expect(home.text).toContain('href="/grupper"');
    const overview = await admin.get('/administration');
    expect(overview.status).toBe(200);
    for (const part of [
      '/administration/organisation',
      '/administration/grupper',
      '/administration/konton',
    ]) {
      expect(overview.text).toContain(`href="${part}"`);
    }

    const chair = formBrowser(world);
    await chair.signIn(PEOPLE.chair.email, PASSWORD);
    const chairsHome = await chair.get('/');
    expect(chairsHome.text).not.toContain('href="/administration"');
    expect(chairsHome.text).toContain('href="/grupper"');
    for (const path of [
      '/administration',
      '/administration/organisation',
      '/administration/grupper',
      `/administration/grupper/${world.groupId}`,
      '/administration/konton',
      `/administration/konton/${world.ids.chair}`,
    ]) {
      const page = await chair.get(path);
      expect({ path, status: page.status }).toEqual({ path, status: 403 });
      expect(page.text).toContain('Det här får du inte göra');
    }
    const forged = await chair.post('/administration/organisation/fackliga', { namn: 'Kommunal' });
    expect(forged.status).toBe(403);
    // An admin's form without its CSRF token is refused the same way, before anything is done.
    const withoutToken = await admin.post('/administration/organisation/fackliga', { namn: 'Kommunal' });
    expect(withoutToken.status).toBe(403);
    // A visitor who is not signed in is led to sign-in, and back here afterwards.
    const visitor = await formBrowser(world).get('/administration/konton');
    expect(visitor.status).toBe(303);
    expect(visitor.headers.location).toBe(`/logga-in?next=${encodeURIComponent('/administration/konton')}`);
    expect((await api('/api/organisation')).unionOrganisations).toEqual(['Vision']);

    // Grupper lists the groups the chair may read, with level and parent.
    const groups = await chair.get('/grupper');
    expect(groups.status).toBe(200);
    expect(groups.text).toContain(`href="/grupper/${world.groupId}"`);
    expect(groups.text).toContain('&lt;script&gt;window.__pwned&#x3D;1&lt;/script&gt;');
  });

  it('adds a unit under the förvaltning; an empty name is refused at its field and adds nothing', async () => {
    const empty = await submit('/administration/organisation', '/administration/organisation/enheter', {
      namn: ' ',
      overordnad: 'u-soc',
    });
    expect(empty.status).toBe(400);
    expectRefusedAt(empty.text, 'enhet-namn', 'Fältet får inte vara tomt.');
    expect(empty.text).toMatch(/<option value="u-soc" selected>/);
    expect((await api('/api/organisation')).units).toHaveLength(1);

    const added = await submit('/administration/organisation', '/administration/organisation/enheter', {
      namn: 'Hemtjänst Norr',
      overordnad: 'u-soc',
    });
    expect(added.status).toBe(303);
    const page = await admin.get(added.headers.location);
    expect(page.text).toContain('Enheten är tillagd.');
    expect(page.text).toMatch(/<td>Hemtjänst Norr<\/td><td>Socialförvaltningen<\/td>/);
    const units = (await api('/api/organisation')).units as { name: string; parentUnitId?: string }[];
    expect(units.map(({ name, parentUnitId }) => [name, parentUnitId])).toEqual([
      ['Socialförvaltningen', undefined],
      ['Hemtjänst Norr', 'u-soc'],
    ]);
  });

  it('adds union organisations (hostile text as text), removes one, and refuses an empty name', async () => {
    const empty = await submit('/administration/organisation', '/administration/organisation/fackliga', {
      namn: '',
    });
    expect(empty.status).toBe(400);
    expectRefusedAt(empty.text, 'facklig-namn', 'Fältet får inte vara tomt.');

    for (const namn of ['Kommunal', '<b>Vårdförbundet</b>']) {
      const added = await submit('/administration/organisation', '/administration/organisation/fackliga', {
        namn,
      });
      expect(added.status).toBe(303);
    }
    const page = await admin.get('/administration/organisation');
    expect(page.text).toContain('&lt;b&gt;Vårdförbundet&lt;/b&gt;');
    expect(page.text).not.toContain('<b>Vårdförbundet');
    const removed = await admin.submit(page.text, '/administration/organisation/fackliga/ta-bort', {
      namn: '<b>Vårdförbundet</b>',
    });
    expect(removed.status).toBe(303);
    expect((await admin.get(removed.headers.location)).text).toContain('är borttagen från listan');
    expect((await api('/api/organisation')).unionOrganisations).toEqual(['Vision', 'Kommunal']);

    // A page older than the last change is refused, not applied over it.
    const stale = await admin.post('/administration/organisation/fackliga', {
      ...hiddenFields(page.text, '/administration/organisation/fackliga'),
      namn: 'Akademikerförbundet SSR',
    });
    expect(stale.status).toBe(412);
    expect(stale.text).toContain('Någon annan har ändrat organisationen');
    expect(stale.text).toContain('value="Akademikerförbundet SSR"');
    expect((await api('/api/organisation')).unionOrganisations).toEqual(['Vision', 'Kommunal']);
  });

  it('puts a union organisation in a federation, in place or when adding it; one that is no federation changes nothing', async () => {
    const path = '/administration/organisation';
    const action = `${path}/fackliga/centralorganisation`;
    const page = await admin.get(path);
    expect(page.text).toContain(
      '<label class="ds-sr-only" for="centralorganisation-1">Centralorganisation för Kommunal</label>',
    );
    const unknown = await admin.post(action, {
      ...hiddenFields(page.text, action),
      namn: 'Kommunal',
      centralorganisation: 'SIF',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('Välj Saco, TCO, LO eller ingen.');
    expect((await api('/api/organisation')).federations).toEqual({});

    const set = await admin.post(action, {
      ...hiddenFields(page.text, action),
      namn: 'Kommunal',
      centralorganisation: 'LO',
    });
    expect(set.status).toBe(303);
    expect((await admin.get(set.headers.location)).text).toContain('Centralorganisationen är sparad.');
    const added = await submit(path, `${path}/fackliga`, {
      namn: 'Akademikerförbundet SSR',
      centralorganisation: 'Saco',
    });
    expect(added.status).toBe(303);
    expect((await api('/api/organisation')).federations).toEqual({
      Kommunal: 'LO',
      'Akademikerförbundet SSR': 'Saco',
    });
    const after = await admin.get(path);
    expect(after.text).toMatch(
      /id="centralorganisation-1"[^>]*>[\s\S]*?<option value="LO" selected>LO<\/option>/,
    );
  });

  it.each([
    {
      form: 'paminnelser',
      setting: 'reminderLeadDays',
      now: (days: number) => `Nu: Påminnelsen går ut ${days} dagar före uppföljningsdatumet.`,
      saved: 'Påminnelsetiden är sparad.',
    },
    {
      form: 'justering',
      setting: 'justeringDays',
      now: (days: number) =>
        `Nu: Sista dag för justering blir ${days} dagar efter begäran, om sekreteraren inte anger något annat datum.`,
      saved: 'Tiden för justering är sparad.',
    },
  ])(
    'sets the days at $form; a number out of 1–60 or not a number is refused at its field and changes nothing',
    async ({ form, setting, now, saved }) => {
      const path = '/administration/organisation';
      const page = await admin.get(path);
      expect(page.text).toContain(now(7));
      for (const dagar of ['0', '61']) {
        const refused = await submit(path, `${path}/${form}`, { dagar });
        expect(refused.status).toBe(409);
        expectRefusedAt(
          refused.text,
          `${form}-dagar`,
          'Ange ett helt antal dagar från 1 till 60, till exempel 7.',
        );
      }
      const none = await submit(path, `${path}/${form}`, { dagar: 'sju' });
      expect(none.status).toBe(400);
      expectRefusedAt(none.text, `${form}-dagar`, 'Ange ett helt antal dagar, till exempel 7.');
      expect((await api('/api/organisation'))[setting]).toBe(7);
      const done = await submit(path, `${path}/${form}`, { dagar: '14' });
      expect(done.status).toBe(303);
      const after = await admin.get(done.headers.location);
      expect(after.text).toContain(saved);
      expect(after.text).toContain(now(14));
      expect((await api('/api/organisation'))[setting]).toBe(14);
    },
  );

  let karinId = '';

  it('creates an account with a role; bad input is said at each field at once and creates nothing', async () => {
    const before = ((await api('/api/accounts')) as unknown as unknown[]).length;
    const bad = await submit('/administration/konton', '/administration/konton', {
      namn: 'Karin Kommunal',
      epost: 'karin-at-exempelstad',
      losenord: 'kort',
      roller: ['hr'],
    });
    expect(bad.status).toBe(400);
    expectRefusedAt(bad.text, 'konto-epost', 'Ange en e-postadress');
    expectRefusedAt(bad.text, 'konto-losenord', 'Lösenordet måste ha minst 12 tecken.');
    expect(bad.text).toContain('value="Karin Kommunal"');
    expect(bad.text).toContain('value="karin-at-exempelstad"');
    expect(bad.text).not.toContain('value="kort"');
    expect(bad.text).toMatch(/id="konto-roller-1" name="roller" value="hr" checked/);

    const taken = await submit('/administration/konton', '/administration/konton', {
      namn: 'Karin Kommunal',
      epost: PEOPLE.chair.email,
      losenord: PASSWORD,
    });
    expect(taken.status).toBe(409);
    expectRefusedAt(taken.text, 'konto-epost', 'Det finns redan ett konto med den e-postadressen.');
    expect(((await api('/api/accounts')) as unknown as unknown[]).length).toBe(before);

    const created = await submit('/administration/konton', '/administration/konton', {
      namn: 'Karin Kommunal',
      epost: 'karin.kommunal@exempelstad.se',
      losenord: PASSWORD,
      roller: ['hr'],
    });
    expect(created.status).toBe(303);
    karinId = /\/administration\/konton\/([^?]+)/.exec(created.headers.location)?.[1] ?? '';
    const page = await admin.get(created.headers.location);
    expect(page.text).toContain('Kontot är skapat.');
    expect((await api(`/api/accounts/${karinId}`)).roles).toEqual(['hr']);
  });

  it('sets the employee’s units, and refuses to take admin from the last admin', async () => {
    const path = `/administration/konton/${karinId}`;
    const units = await submit(path, `${path}/enheter`, { enheter: ['u-soc'] });
    expect(units.status).toBe(303);
    expect((await api(`/api/accounts/${karinId}`)).units).toEqual(['u-soc']);

    const own = `/administration/konton/${world.ids.admin}`;
    const last = await submit(own, `${own}/roller`, { roller: ['hr'] });
    expect(last.status).toBe(409);
    expect(last.text).toContain('minst en aktiv administratör');
    expect((await api(`/api/accounts/${world.ids.admin}`)).roles).toEqual(['admin']);
  });

  let aptId = '';

  it('creates a group with level, parent, unit and skyddskommitté; a group of no level is refused and not made', async () => {
    const before = ((await api('/api/groups')) as unknown as unknown[]).length;
    const noLevel = await submit('/administration/grupper', '/administration/grupper', {
      namn: 'APT Hemtjänst Norr',
      enhet: 'u-soc',
    });
    expect(noLevel.status).toBe(409);
    expectRefusedAt(noLevel.text, 'grupp-nivaer', 'Välj minst en nivå.');
    expect(noLevel.text).toContain('value="APT Hemtjänst Norr"');
    const noUnit = await submit('/administration/grupper', '/administration/grupper', {
      namn: 'APT Hemtjänst Norr',
      nivaer: ['APT'],
    });
    expect(noUnit.status).toBe(409);
    expectRefusedAt(noUnit.text, 'grupp-enhet', 'Välj den förvaltning eller enhet som gruppen hör till.');
    expect(((await api('/api/groups')) as unknown as unknown[]).length).toBe(before);

    const page = await admin.get('/administration/grupper');
    const unitId = /<option value="([^"]+)">Socialförvaltningen › Hemtjänst Norr<\/option>/.exec(
      page.text,
    )?.[1];
    const created = await admin.submit(page.text, '/administration/grupper', {
      namn: 'APT Hemtjänst Norr',
      nivaer: ['APT'],
      enhet: unitId ?? '',
      overordnad: world.groupId,
      skyddskommitte: 'ja',
    });
    expect(created.status).toBe(303);
    aptId = /\/administration\/grupper\/([^?]+)/.exec(created.headers.location)?.[1] ?? '';
    const group = await api(`/api/groups/${aptId}`);
    expect(group).toMatchObject({
      levels: ['APT'],
      unitId,
      parentGroupId: world.groupId,
      actsAsSkyddskommitte: true,
      justering: 'off',
    });
    const list = await admin.get('/administration/grupper');
    expect(list.text).toMatch(
      /APT Hemtjänst Norr<\/a><\/td>\s*<td class="nowrap">APT<\/td>\s*<td>&lt;script&gt;/,
    );
  });

  it('adds a member with side, party and role; a union party at an APT and a date that does not exist are refused', async () => {
    const path = `/administration/grupper/${aptId}`;
    const union = await submit(path, `${path}/ledamoter`, {
      person: karinId,
      part: 'facket:Kommunal',
      roll: 'ledamot',
      fran: '2019-03-01',
    });
    expect(union.status).toBe(409);
    expectRefusedAt(union.text, 'ledamot-part', 'En APT har inga formella parter');
    const badDate = await submit(path, `${path}/ledamoter`, {
      person: karinId,
      part: 'medarbetare',
      roll: 'ledamot',
      fran: '2019-02-30',
    });
    expect(badDate.status).toBe(400);
    expectRefusedAt(badDate.text, 'ledamot-fran', 'Ange ett datum som finns');
    expect(badDate.text).toContain('value="2019-02-30"');
    const forged = await submit(path, `${path}/ledamoter`, {
      person: 'inte-ett-konto',
      part: 'medarbetare',
      roll: 'ledamot',
      fran: '2019-03-01',
    });
    expect(forged.status).toBe(400);
    expectRefusedAt(forged.text, 'ledamot-person', 'Välj vem som går in i gruppen.');
    expect((await api(`/api/groups/${aptId}`)).members).toEqual([]);

    const joined = await submit(path, `${path}/ledamoter`, {
      person: karinId,
      part: 'medarbetare',
      roll: 'skyddsombud',
      fran: '2019-03-01',
    });
    expect(joined.status).toBe(303);
    expect((await admin.get(joined.headers.location)).text).toMatch(
      /<td>Karin Kommunal<\/td><td>Medarbetare<\/td><td>skyddsombud<\/td>/,
    );
    const members = (await api(`/api/groups/${aptId}`)).members as {
      person: { personId: string };
      role: string;
    }[];
    expect(members.map(({ person, role }) => [person.personId, role])).toEqual([[karinId, 'skyddsombud']]);

    const early = await submit(path, `${path}/ledamoter/lamna`, { person: karinId, lamnar: '2019-01-01' });
    expect(early.status).toBe(409);
    expectRefusedAt(early.text, 'lamna-lamnar', 'Dagen personen lämnar kan inte vara före');
  });

  it('sets who leads the meetings, the APT’s justering and a number series; a bad year or number changes nothing', async () => {
    const path = `/administration/grupper/${aptId}`;
    expect((await submit(path, `${path}/motesledning`, { 'facklig-vice': 'ja' })).status).toBe(303);
    expect((await submit(path, `${path}/justering`, { justering: 'employer' })).status).toBe(303);
    const parties = await submit(path, `${path}/justering`, { justering: 'parties' });
    expect(parties.status).toBe(409);
    expectRefusedAt(parties.text, 'justering-justering', 'Gruppens nivå tillåter inte');

    const badYear = await submit(path, `${path}/nummerserie`, { ar: '19', forsta: '7', format: 'N/YY' });
    expect(badYear.status).toBe(400);
    expectRefusedAt(badYear.text, 'nummerserie-ar', 'Ange ett år med fyra siffror');
    const badNumber = await submit(path, `${path}/nummerserie`, {
      ar: '2019',
      forsta: 'sju',
      format: 'N/YY',
    });
    expect(badNumber.status).toBe(409);
    expectRefusedAt(badNumber.text, 'nummerserie-forsta', 'Ange det första numret som ett heltal');
    expect(badNumber.text).toContain('value="sju"');
    expect((await api(`/api/groups/${aptId}`)).protocolNumberSeries).toEqual([]);

    const saved = await submit(path, `${path}/nummerserie`, { ar: '2019', forsta: '7', format: 'N/YY' });
    expect(saved.status).toBe(303);
    expect(await api(`/api/groups/${aptId}`)).toMatchObject({
      unionViceChairRunsMeetings: true,
      justering: 'employer',
      protocolNumberSeries: [{ year: 2019, firstNumber: 7, format: 'N/YY' }],
    });
  });

  it('sets how many days ahead the kallelse and the agenda go out; a number that is none or an agenda later than the kallelse changes nothing', async () => {
    const path = `/administration/grupper/${aptId}`;
    const page = await admin.get(path);
    expect(page.text).toContain('Kallelsen 14 dagar och dagordningen 7 dagar före mötet (nivåns standard).');
    const none = await submit(path, `${path}/kallelsetider`, { kallelse: 'två veckor', dagordning: '7' });
    expect(none.status).toBe(400);
    expectRefusedAt(none.text, 'kallelsetider-kallelse', 'Ange ett helt antal dagar');
    const backwards = await submit(path, `${path}/kallelsetider`, { kallelse: '7', dagordning: '10' });
    expect(backwards.status).toBe(409);
    expectRefusedAt(backwards.text, 'kallelsetider-dagordning', 'Ange hela dagar från 1 till 90');
    expect((await api(`/api/groups/${aptId}`)).noticeTimes).toMatchObject({ isDefault: true });

    expect((await submit(path, `${path}/kallelsetider`, { kallelse: '21', dagordning: '10' })).status).toBe(
      303,
    );
    expect((await api(`/api/groups/${aptId}`)).noticeTimes).toEqual({
      kallelseDays: 21,
      agendaDays: 10,
      isDefault: false,
    });
    expect((await admin.get(path)).text).toContain(
      'Kallelsen 21 dagar och dagordningen 10 dagar före mötet.',
    );
  });

  it('lets a group with parties justera by federation, and an APT not at all', async () => {
    const path = `/administration/grupper/${world.groupId}`;
    const page = await admin.get(path);
    expect(page.text).toContain('Justering för centralorganisation');
    expect((await admin.get(`/administration/grupper/${aptId}`)).text).not.toContain(
      'Justering för centralorganisation',
    );
    const saved = await submit(path, `${path}/centralorganisation`, { 'for-centralorganisation': 'ja' });
    expect(saved.status).toBe(303);
    expect((await admin.get(saved.headers.location)).text).toContain(
      'Justeringen för centralorganisation är sparad.',
    );
    expect(await api(`/api/groups/${world.groupId}`)).toMatchObject({ justeringByFederation: true });
    expect((await submit(path, `${path}/centralorganisation`, {})).status).toBe(303);
    expect(await api(`/api/groups/${world.groupId}`)).toMatchObject({ justeringByFederation: false });
  });

  it("edits the group's protocol form: a paragraph renamed and moved, a new section; two sections taking one kind are refused", async () => {
    const path = `/administration/grupper/${world.groupId}`;
    const action = `${path}/protokollsmall`;
    const page = (await admin.get(path)).text;
    expect(page).toContain('Gruppen följer standardmallen för sin nivå.');
    expect(page).toMatch(/id="oppning-0-titel" name="oppning-0-titel" value="Mötets öppnande"/);
    // As the browser sends it: every row's fields, the new empty rows included.
    const form = (newSectionKinds: string[]) => ({
      'oppning-0-titel': 'Mötets öppnande',
      'oppning-0-typ': 'öppnande',
      'oppning-0-ordning': '1',
      'oppning-1-titel': 'Val av två justerare',
      'oppning-1-typ': 'justerare',
      'oppning-1-ordning': '3',
      'oppning-2-titel': 'Fastställande av dagordning',
      'oppning-2-typ': 'dagordning',
      'oppning-2-ordning': '2',
      'oppning-3-titel': '',
      'oppning-3-typ': 'öppnande',
      'oppning-3-ordning': '4',
      'avsnitt-0-rubrik': 'Information',
      'avsnitt-0-typer': ['information', 'stående punkt'],
      'avsnitt-0-ordning': '1',
      'avsnitt-1-rubrik': 'Dialog',
      'avsnitt-1-typer': ['dialog', 'återrapportering'],
      'avsnitt-1-ordning': '2',
      'avsnitt-2-rubrik': 'Beslut',
      'avsnitt-2-typer': ['beslut', 'förhandling'],
      'avsnitt-2-ordning': '3',
      'avsnitt-3-rubrik': 'Övriga frågor',
      'avsnitt-3-typer': newSectionKinds,
      'avsnitt-3-ordning': '4',
      'avslutning-0-titel': 'Mötets avslutande',
      'avslutning-0-typ': 'avslutande',
      'avslutning-0-ordning': '1',
    });
    const before = (await api(`/api/groups/${world.groupId}`)).protocolForm;
    const overlapping = await admin.submit(page, action, form(['övrig fråga', 'information']));
    expect(overlapping.status).toBe(409);
    expect(overlapping.text).toContain('Två avsnitt har samma rubrik eller tar samma typ av ärende');
    expect(overlapping.text).toContain('value="Val av två justerare"');
    expect((await api(`/api/groups/${world.groupId}`)).protocolForm).toEqual(before);

    const saved = await admin.submit(page, action, form(['övrig fråga']));
    expect(saved.status).toBe(303);
    expect((await admin.get(saved.headers.location)).text).toContain('Protokollsmallen är sparad.');
    expect((await api(`/api/groups/${world.groupId}`)).protocolForm).toEqual({
      opening: [
        { kind: 'öppnande', title: 'Mötets öppnande' },
        { kind: 'dagordning', title: 'Fastställande av dagordning' },
        { kind: 'justerare', title: 'Val av två justerare' },
      ],
      sections: [
        { sectionId: 'information', heading: 'Information', kinds: ['information', 'stående punkt'] },
        { sectionId: 'dialog', heading: 'Dialog', kinds: ['dialog', 'återrapportering'] },
        { sectionId: 'beslut', heading: 'Beslut', kinds: ['beslut', 'förhandling'] },
        { sectionId: 'ovriga-fragor', heading: 'Övriga frågor', kinds: ['övrig fråga'] },
      ],
      closing: [{ kind: 'avslutande', title: 'Mötets avslutande' }],
    });
    // The group's page shows the form it now follows.
    const groupPage = (await admin.get(`/grupper/${world.groupId}`)).text;
    expect(groupPage).toContain('Val av två justerare');
    expect(groupPage).toContain('Övriga frågor');
  });

  it('takes the group back to its level’s default form with "Följ standardmallen"', async () => {
    const path = `/administration/grupper/${world.groupId}`;
    const page = (await admin.get(path)).text;
    expect(page).toContain('Gruppen har en egen mall.');
    expect(page).toContain('id="folj-standardmall"');
    const back = await admin.submit(page, `${path}/protokollsmall/standard`, {});
    expect(back.status).toBe(303);
    const after = (await admin.get(back.headers.location)).text;
    expect(after).toContain('Gruppen följer nu standardmallen för sin nivå.');
    expect(after).toContain('Gruppen följer standardmallen för sin nivå.');
    expect(after).not.toContain('id="folj-standardmall"');
    expect(await api(`/api/groups/${world.groupId}`)).toMatchObject({ protocolFormIsDefault: true });
  });

  it('issues an API token shown once, which a program uses until the admin revokes it', async () => {
    const path = `/administration/konton/${karinId}`;
    const unnamed = await submit(path, `${path}/nycklar`, { namn: '' });
    expect(unnamed.status).toBe(400);
    expectRefusedAt(unnamed.text, 'nyckel-namn', 'Ge nyckeln ett namn');

    const issued = await submit(path, `${path}/nycklar`, { namn: 'Diariets import' });
    expect(issued.status).toBe(201);
    expect(issued.headers['cache-control']).toBe('no-store');
    expect(issued.text).toContain('Den visas bara den här gången');
    const token =
      /id="nyckel-text" type="text" readonly value="(svk_[A-Za-z0-9_-]+)"/.exec(issued.text)?.[1] ?? '';
    expect(token).toMatch(/^svk_/);
    const asProgram = () => request(world.server).get('/api/groups').set('Authorization', `Bearer ${token}`);
    expect((await asProgram()).status).toBe(200);

    const page = await admin.get(path);
    expect(page.text).toContain('<td>Diariets import</td>');
    expect(page.text).not.toContain(token);
    const revoked = await admin.submit(page.text, `${path}/nycklar/aterkalla`, {});
    expect(revoked.status).toBe(303);
    expect((await admin.get(revoked.headers.location)).text).toContain('Återkallad');
    expect((await asProgram()).status).toBe(401);
  });

  it('disables an account: its session ends and it can no longer sign in', async () => {
    const karin = formBrowser(world);
    await karin.signIn('karin.kommunal@exempelstad.se', PASSWORD);
    expect((await karin.get('/')).status).toBe(200);
    const path = `/administration/konton/${karinId}`;
    const disabled = await submit(path, `${path}/inaktivera`, {});
    expect(disabled.status).toBe(303);
    expect((await admin.get(disabled.headers.location)).text).toContain('Inaktiverat');
    expect((await karin.get('/')).status).toBe(303);
    await expect(karin.signIn('karin.kommunal@exempelstad.se', PASSWORD)).rejects.toThrow(/answered 401/);
  });

  it('answers an account id that is no UUID with the 404 page, not a fault', async () => {
    const page = await admin.get('/administration/konton/inte-ett-id');
    expect(page.status).toBe(404);
    expect(page.text).toContain('Sidan finns inte');
  });
});
