/**
 * The Dokument, Justering, Uppföljningar and Anställda pages, the 404 page and the password
 * change, over HTTP with the production ApiModule: each form's success, and refused input (a bad
 * field, a missing CSRF token, a stale text) that is said in Swedish and changes nothing.
 */
import request from 'supertest';
import { AccountService } from '#libs/identity';
import { CSRF_FIELD } from '#libs/web';
import { type DocsWorld, EMPLOYEE, startDocsWorld } from './support/docs-world.js';
import { formBrowser, hidden, hrefsOf } from './support/form-browser.js';
import { FOLLOW_UP_ACTION, PASSWORD, PEOPLE, TENANT } from './support/web-world.js';

describe('the Dokument, Justering, Uppföljningar and Anställda pages', () => {
  let world: DocsWorld;
  let held: string;
  let justering: string;

  beforeAll(async () => {
    world = await startDocsWorld();
    held = world.meetingIds.held;
    justering = `/justering/${held}`;
  });
  afterAll(async () => {
    await world?.close();
  });

  const browser = () => formBrowser(world);
  async function signedIn(email: string, password = PASSWORD) {
    const person = browser();
    await person.signIn(email, password);
    return person;
  }

  describe('Dokument', () => {
    it('shows a member the protokoll, minnesanteckningar and kallelse with PDFs, utdrag and revisions', async () => {
      const chair = await signedIn(PEOPLE.chair.email);
      const page = await chair.get(`/dokument/${held}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Läs protokollet');
      expect(page.text).toContain('Läs minnesanteckningarna');
      const links = hrefsOf(page.text);
      expect(links).toContain(`/api/meetings/${held}/documents/protokoll.pdf?revision=1`);
      expect(links).toContain(`/api/meetings/${held}/documents/minnesanteckningar.pdf?revision=1`);
      expect(links.some((link) => /protokollsutdrag-\d+\.pdf\?revision=1$/.test(link))).toBe(true);
      expect(page.text).toContain('Protokollets revisioner');
      expect(page.text).toContain('Revision 1');
      expect(page.text).not.toContain('offentliga versionen');
      // The March meeting's kallelse, with its .ics.
      const next = await chair.get(`/dokument/${world.meetingIds.next}`);
      expect(next.text).toContain('Läs kallelsen');
      expect(hrefsOf(next.text)).toContain(`/api/meetings/${world.meetingIds.next}/documents/kallelse.ics`);
      // The PDF link answers a PDF.
      const pdf = await chair.get(`/api/meetings/${held}/documents/protokoll.pdf?revision=1`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
    });

    it('answers an unknown meeting or revision with the 404 page', async () => {
      const chair = await signedIn(PEOPLE.chair.email);
      const unknown = await chair.get('/dokument/finns-inte');
      expect(unknown.status).toBe(404);
      expect(unknown.text).toContain('Sidan finns inte');
      expect((await chair.get(`/dokument/${held}?revision=99`)).status).toBe(404);
      expect((await chair.get(`/dokument/${held}?revision=x`)).status).toBe(404);
    });
  });

  describe('Justering, then what an employee reads', () => {
    it('lists the protocol waiting for my justering, linked from Min sida', async () => {
      const vision = await signedIn(PEOPLE.vision.email);
      const home = await vision.get('/');
      expect(home.text).toContain(`href="${justering}"`);
      const list = await vision.get('/justering');
      expect(list.status).toBe(200);
      expect(list.text).toContain(`href="${justering}"`);
      expect(list.text).toContain('Väntar på din justering');
    });

    it('shows the employee no draft: neither the page, the list nor the document itself', async () => {
      const employee = await signedIn(EMPLOYEE.email);
      expect((await employee.get(`/dokument/${held}`)).status).toBe(404);
      expect((await employee.get(`/dokument/${world.meetingIds.next}`)).status).toBe(404);
      const list = await employee.get('/anstallda');
      expect(list.status).toBe(200);
      expect(list.text).toContain('Det finns inga justerade protokoll från dina enheters grupper än.');
      expect((await employee.get(`/api/meetings/${held}/documents/protokoll.html`)).status).toBe(403);
      expect(
        (await employee.get(`/api/meetings/${world.meetingIds.next}/documents/kallelse.html`)).status,
      ).toBe(403);
    });

    it('refuses a proposal without a comment next to the field, and one without its CSRF token; nothing is recorded', async () => {
      const vision = await signedIn(PEOPLE.vision.email);
      const page = (await vision.get(justering)).text;
      const form = {
        revision: hidden(page, 'revision'),
        textHash: hidden(page, 'textHash'),
        target: 'i-dialog|dialog',
      };
      const empty = await vision.post(`${justering}/foresla-andring`, {
        [CSRF_FIELD]: hidden(page, CSRF_FIELD),
        ...form,
        comment: '   ',
      });
      expect(empty.status).toBe(409);
      expect(empty.text).toContain(
        '<p class="ds-validation-message" data-field="validation" id="comment-fel">Skriv vad som behöver ändras i protokollet.</p>',
      );
      expect(empty.text).toContain('aria-invalid="true"');
      expect(empty.text).toContain('<a class="ds-link" href="#comment">');
      const nowhere = await vision.post(`${justering}/foresla-andring`, {
        [CSRF_FIELD]: hidden(page, CSRF_FIELD),
        ...form,
        target: 'i-finns-inte',
        comment: 'Rätta § 4',
      });
      expect(nowhere.status).toBe(409);
      expect(nowhere.text).toContain('id="target-fel">Välj vilken paragraf förslaget gäller.</p>');
      const forged = await vision.post(`${justering}/foresla-andring`, { ...form, comment: 'Rätta § 4' });
      expect(forged.status).toBe(403);
      expect(forged.text).toContain('Det här får du inte göra');
      expect((await world.meetingAs('vision')).proposals).toEqual([]);
    });

    it('lets the chair ask for justering by a last date, refusing a day already past next to the field', async () => {
      const chair = await signedIn(PEOPLE.chair.email);
      const page = (await chair.get(justering)).text;
      expect(page).toContain('id="begar-justering"');
      expect((await (await signedIn(PEOPLE.vision.email)).get(justering)).text).not.toContain(
        'id="begar-justering"',
      );
      const past = await chair.post(`${justering}/begar-justering`, {
        [CSRF_FIELD]: hidden(page, CSRF_FIELD),
        lastDate: '2019-02-01',
      });
      expect(past.status).toBe(409);
      expect(past.text).toContain(
        'id="lastDate-fel">Sista dagen för justering kan inte vara före i dag.</p>',
      );
      const asked = await chair.submitFrom(justering, `${justering}/begar-justering`, {
        lastDate: '2019-03-08',
      });
      expect(asked.status).toBe(303);
      expect(asked.headers.location).toBe(`${justering}?klart=begard`);
      const after = (await chair.get(asked.headers.location as string)).text;
      expect(after).toContain('Justerarna har fått begäran med sista dagen för justering.');
      expect(after).toContain('<dt>Sista dag för justering</dt><dd>2019-03-08');
      const list = (await (await signedIn(PEOPLE.vision.email)).get('/justering')).text;
      expect(list).toContain('Väntar på din justering – senast 2019-03-08');
    });

    it('refuses an approval of a text other than the one shown, and changes nothing', async () => {
      const vision = await signedIn(PEOPLE.vision.email);
      const page = (await vision.get(justering)).text;
      const stale = await vision.post(`${justering}/justera`, {
        [CSRF_FIELD]: hidden(page, CSRF_FIELD),
        revision: hidden(page, 'revision'),
        textHash: 'sha256:en-annan-text',
      });
      expect(stale.status).toBe(409);
      expect(stale.text).toContain('Protokollet har ändrats sedan du öppnade sidan.');
      expect((await world.meetingAs('vision')).approvals).toEqual([]);
    });

    it('lets one justerare propose a wording for a §, the chair accept it, and both approve the new revision', async () => {
      const vision = await signedIn(PEOPLE.vision.email);
      const proposed = await vision.submit(
        (await vision.get(justering)).text,
        `${justering}/foresla-andring`,
        {
          target: 'i-dialog|dialog',
          comment: 'Skriv att Vision vill se planen före sommaren.',
          wording: 'Parterna är överens. Vision vill se planen före sommaren.',
        },
      );
      expect(proposed.status).toBe(303);
      expect(proposed.headers.location).toBe(`${justering}?klart=andring`);
      const after = await vision.get(proposed.headers.location as string);
      expect(after.text).toContain('Ditt ändringsförslag är skickat till sekreteraren.');
      expect(after.text).toContain('Förslag till § 4: Skriv att Vision vill se planen före sommaren.');
      expect(after.text).toContain('väntar på svar');
      // Nobody approves a revision with an open proposal, and only the chair may answer it.
      const chair = await signedIn(PEOPLE.chair.email);
      const chairPage = (await chair.get(justering)).text;
      expect(chairPage).not.toContain('id="justera"');
      expect(chairPage).toContain('id="godta-1"');
      expect(after.text).not.toContain('id="godta-1"');
      const reasonless = await chair.submitFrom(justering, `${justering}/forslag/1/svar`, {
        answer: 'accepted',
        reason: '',
      });
      expect(reasonless.status).toBe(409);
      expect(reasonless.text).toContain('id="reason-1-fel">Skriv en motivering till ditt svar.</p>');
      const accepted = await chair.submitFrom(justering, `${justering}/forslag/1/svar`, {
        answer: 'accepted',
        reason: 'Det sades på mötet.',
      });
      expect(accepted.status).toBe(303);
      expect(accepted.headers.location).toBe(`${justering}?klart=godtaget`);
      await world.project();

      // What changed, side by side: the removed words struck, the added underlined and said.
      const changes = await vision.get(`${justering}/andringar`);
      expect(changes.status).toBe(200);
      expect(changes.text).toContain('Ändringar mellan revision 1 och 2');
      expect(changes.text).toContain('<ins><span class="ds-sr-only">Tillagt: </span>');
      expect(changes.text).toContain('Vision vill se planen före sommaren.');
      expect((await vision.get(`${justering}/andringar?fran=1&till=9`)).status).toBe(404);
      expect((await vision.get(`${justering}/andringar?fran=x`)).status).toBe(404);

      for (const person of [vision, chair]) {
        const page = (await person.get(justering)).text;
        expect(hidden(page, 'revision')).toBe('2');
        expect(page).toContain('godtaget');
        expect(hrefsOf(page)).toContain(`${justering}/andringar`);
        const approved = await person.post(`${justering}/justera`, {
          [CSRF_FIELD]: hidden(page, CSRF_FIELD),
          revision: hidden(page, 'revision'),
          textHash: hidden(page, 'textHash'),
        });
        expect(approved.status).toBe(303);
        expect(approved.headers.location).toBe(`${justering}?klart=justerat`);
      }
      expect((await world.meetingAs('chair')).protocolStatus).toBe('justerat');
      const done = (await chair.get(justering)).text;
      expect(done).toContain('<dd>Justerat</dd>');
      expect(done.match(/data-color="success">justerat</g)).toHaveLength(2);
      expect(done).not.toContain('id="foresla-andring"');
      expect(done).not.toContain('id="begar-justering"');
      expect((await vision.get('/justering')).text).toContain('Inga protokoll väntar på din justering.');
    });

    it('shows the employee the justerat protocol, public version, from Anställda', async () => {
      await world.project();
      const employee = await signedIn(EMPLOYEE.email);
      const list = await employee.get('/anstallda');
      expect(list.text).toContain('Protokoll 1/2019');
      const link = `/api/meetings/${held}/documents/protokoll.html?revision=2&audience=public`;
      expect(hrefsOf(list.text)).toContain(link);
      const protocol = await employee.get(link);
      expect(protocol.status).toBe(200);
      expect(protocol.text).toContain('Vision vill se planen före sommaren');
      const documents = await employee.get(`/dokument/${held}`);
      expect(documents.status).toBe(200);
      expect(documents.text).toContain('Du läser den offentliga versionen.');
      expect(documents.text).not.toContain('Läs kallelsen');
      // The draft revision stays closed to them, and so does the March meeting.
      expect((await employee.get(`/api/meetings/${held}/documents/protokoll.html?revision=1`)).status).toBe(
        403,
      );
      expect((await employee.get(`/dokument/${world.meetingIds.next}`)).status).toBe(404);
    });

    it('lets the chair make a rättelse of the justerat protocol: a new revision with its diff, the justerat one still readable', async () => {
      const chair = await signedIn(PEOPLE.chair.email);
      const vision = await signedIn(PEOPLE.vision.email);
      expect((await vision.get(justering)).text).not.toContain('id="rattelse"');
      const page = (await chair.get(justering)).text;
      expect(page).toContain('id="rattelse"');
      // Choosing the text is a plain GET form: the page comes back with the text as recorded to edit.
      const chosen = await chair.get(`${justering}?rattelse=${encodeURIComponent('i-dialog|dialog')}`);
      expect(chosen.text).toContain('Vision vill se planen före sommaren.</textarea>');
      const corrected = 'Parterna är överens. Vision och Kommunal vill se planen före sommaren.';
      const reasonless = await chair.submit(chosen.text, `${justering}/rattelse`, {
        text: corrected,
        reason: '',
      });
      expect(reasonless.status).toBe(409);
      expect(reasonless.text).toContain('id="reason-fel">Skriv varför protokollet rättas.</p>');
      const elsewhere = await chair.submit(chosen.text, `${justering}/rattelse`, {
        target: 'i-finns-inte|dialog',
        text: corrected,
        reason: 'Kommunal stod också bakom.',
      });
      expect(elsewhere.text).toContain('Välj vilken text i protokollet som ska rättas.');
      const byVision = await vision.submitFrom(justering, `${justering}/rattelse`, {
        target: 'i-dialog|dialog',
        text: corrected,
        reason: 'Kommunal stod också bakom.',
      });
      expect(byVision.status).toBe(403);
      expect(byVision.text).toContain('Det här får du inte göra');
      expect((await world.meetingAs('chair')).protocol.revision).toBe(2);

      const done = await chair.submit(chosen.text, `${justering}/rattelse`, {
        text: corrected,
        reason: 'Kommunal stod också bakom.',
      });
      expect(done.status).toBe(303);
      expect(done.headers.location).toBe(`${justering}?klart=rattelse`);
      expect((await chair.get(done.headers.location as string)).text).toContain('Rättelsen är gjord');
      const meeting = await world.meetingAs('chair');
      expect(meeting.protocol.revision).toBe(3);
      expect(meeting.protocolStatus).toBe('awaiting justering');
      await world.project();
      const changes = await vision.get(`${justering}/andringar`);
      expect(changes.text).toContain('Ändringar mellan revision 2 och 3');
      expect(changes.text).toContain('Kommunal');
      // The employee still reads the justerat revision 2, and not the rättelse until it is justerat.
      const employee = await signedIn(EMPLOYEE.email);
      const justerat = await employee.get(
        `/api/meetings/${held}/documents/protokoll.html?revision=2&audience=public`,
      );
      expect(justerat.status).toBe(200);
      expect(justerat.text).not.toContain('Vision och Kommunal');
      expect(
        (await employee.get(`/api/meetings/${held}/documents/protokoll.html?revision=3&audience=public`))
          .status,
      ).toBe(403);
    });
  });

  describe('Uppföljningar', () => {
    it('finds the overdue follow-up with the overdue filter, text escaped', async () => {
      const vision = await signedIn(PEOPLE.vision.email);
      const home = await vision.get('/');
      expect(hrefsOf(home.text)).toContain('/uppfoljningar?overdue=ja');
      const page = await vision.get('/uppfoljningar?overdue=ja&responsible=mina');
      expect(page.status).toBe(200);
      expect(page.text).toContain('Ta fram en plan för &lt;i&gt;introduktion&lt;/i&gt; av nyanställda');
      expect(page.text).not.toContain(FOLLOW_UP_ACTION);
      expect(page.text).toContain('Försenad 4 dagar');
      expect(page.text).toContain('>1 uppföljning</h2>');
      expect(page.text).toContain('id="overdue" name="overdue" value="ja" checked');
      const none = await vision.get('/uppfoljningar?status=completed');
      expect(none.text).toContain('Inga uppföljningar matchar filtret');
      const dated = await vision.get('/uppfoljningar?dueOnOrBefore=2019-02-01');
      expect(dated.text).toContain('Inga uppföljningar matchar filtret');
    });

    it('refuses a bad date or status next to its field, and lists nothing', async () => {
      const vision = await signedIn(PEOPLE.vision.email);
      const badDate = await vision.get('/uppfoljningar?dueOnOrBefore=2019-02-30');
      expect(badDate.status).toBe(400);
      expect(badDate.text).toContain('id="dueOnOrBefore-fel">Skriv datumet som ÅÅÅÅ-MM-DD');
      expect(badDate.text).toContain('value="2019-02-30"');
      expect(badDate.text).not.toContain('nyanställda');
      const badStatus = await vision.get('/uppfoljningar?status=%3Cb%3E');
      expect(badStatus.status).toBe(400);
      expect(badStatus.text).toContain('id="status-fel">Välj en av statusarna i listan.');
    });
  });

  describe('the 404 page', () => {
    it('answers an unknown page path with a page in Swedish, and an unknown /api path with problem+json', async () => {
      const visitor = browser();
      const page = await visitor.get('/finns-inte/alls');
      expect(page.status).toBe(404);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<h1 class="ds-heading" data-size="lg">Sidan finns inte</h1>');
      expect(page.text).toContain('href="/logga-in"');
      const chair = await signedIn(PEOPLE.chair.email);
      const signedInPage = await chair.get('/finns-inte');
      expect(signedInPage.status).toBe(404);
      expect(signedInPage.text).toContain('Inloggad som <strong>Jenny Gräslund</strong>');
      for (const path of ['/api/finns-inte', '/api/meetings/x/documents/y/z', '/health/x']) {
        const api = await request(world.server).get(path);
        expect(api.status).toBe(404);
        expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(api.body.code).toBe('ROUTE.NOT_FOUND');
      }
      // The routes that exist still answer: the catch-all comes after them.
      expect((await request(world.server).get('/health')).status).toBe(200);
      expect((await chair.get('/uppfoljningar')).status).toBe(200);
      expect((await chair.get('/logga-in')).status).toBe(303);
    });
  });

  describe('password change', () => {
    const NEW_PASSWORD = 'ett helt nytt lösenord för Ada';

    it('refuses a wrong current password, a short or mismatched new one, and a missing token: the password stays', async () => {
      const admin = await signedIn(PEOPLE.admin.email);
      const form = (fields: Record<string, string>) =>
        admin.submitFrom('/konto/losenord', '/konto/losenord', fields);
      const wrong = await form({
        currentPassword: 'fel',
        newPassword: NEW_PASSWORD,
        repeatPassword: NEW_PASSWORD,
      });
      expect(wrong.status).toBe(400);
      expect(wrong.text).toContain('id="currentPassword-fel">Lösenordet stämmer inte.');
      const short = await form({ currentPassword: PASSWORD, newPassword: 'kort', repeatPassword: 'kort' });
      expect(short.status).toBe(400);
      expect(short.text).toContain('id="newPassword-fel">Lösenordet måste ha minst 12 tecken.');
      const mismatch = await form({
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
        repeatPassword: `${NEW_PASSWORD}!`,
      });
      expect(mismatch.status).toBe(400);
      expect(mismatch.text).toContain('id="repeatPassword-fel">Lösenorden är inte lika.');
      const forged = await admin.post('/konto/losenord', {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
        repeatPassword: NEW_PASSWORD,
      });
      expect(forged.status).toBe(403);
      // Nothing changed: the old password still signs in, the new one does not.
      await signedIn(PEOPLE.admin.email, PASSWORD);
      await expect(signedIn(PEOPLE.admin.email, NEW_PASSWORD)).rejects.toThrow('sign-in answered 401');
    });

    it('changes the password with the current one, rotates the session and ends the others', async () => {
      const admin = await signedIn(PEOPLE.admin.email);
      const other = await signedIn(PEOPLE.admin.email);
      const before = admin.cookies.get('svk_session');
      const changed = await admin.submitFrom('/konto/losenord', '/konto/losenord', {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
        repeatPassword: NEW_PASSWORD,
      });
      expect(changed.status).toBe(303);
      expect(changed.headers.location).toBe('/konto/losenord?klart=ja');
      expect(admin.cookies.get('svk_session')).not.toBe(before);
      const done = await admin.get('/konto/losenord?klart=ja');
      expect(done.status).toBe(200);
      expect(done.text).toContain('Ditt lösenord är bytt.');
      // The other browser's session ended, and so did the one the change was made in.
      expect((await other.get('/')).status).toBe(303);
      const old = await request(world.server).get('/api/groups').set('Cookie', `svk_session=${before}`);
      expect(old.status).toBe(401);
      await signedIn(PEOPLE.admin.email, NEW_PASSWORD);
      await expect(signedIn(PEOPLE.admin.email, PASSWORD)).rejects.toThrow('sign-in answered 401');
    });
  });
  // Last: it holds and closes the March meeting, and moves the clock to it.
  describe('confidential content', () => {
    const SECRET_TITLE = 'Budget 2019';
    const SECRET_ACTION = 'Ta fram underlag om neddragningar';

    it('reaches the group’s members on the Dokument and Uppföljningar pages, and no one else', async () => {
      const { ids, clock, server, cookies } = world;
      const next = `/api/meetings/${world.meetingIds.next}`;
      const as = (test: request.Test, status: number) =>
        test.set('Cookie', cookies.chair).then((response) => {
          if (response.status !== status)
            throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
        });
      const person = (who: 'chair' | 'vision') => ({ personId: ids[who], name: PEOPLE[who].name });
      const VISION = { side: 'union', organisation: 'Vision' };
      await as(
        request(server).put(`${next}/items/i-info/confidentiality`).send({ reason: 'OSL 39 kap. 3 §' }),
        200,
      );
      clock.set('2019-03-18T12:05:00Z');
      await as(
        request(server)
          .put(`${next}/attendance`)
          .send({
            attendees: [
              {
                person: person('chair'),
                party: { side: 'employer' },
                role: 'ordförande',
                presence: 'present',
              },
              { person: person('vision'), party: VISION, role: 'ledamot', presence: 'present' },
            ],
          }),
        200,
      );
      await as(
        request(server)
          .put(`${next}/justerare`)
          .send({
            justerare: [
              { person: person('chair'), party: { side: 'employer' } },
              { person: person('vision'), party: VISION },
            ],
          }),
        200,
      );
      await as(
        request(server).put(`${next}/items/i-info/information`).send({ text: 'Förvaltningen informerar.' }),
        200,
      );
      await as(
        request(server)
          .post(`${next}/items/i-info/follow-ups`)
          .send({ action: SECRET_ACTION, responsible: person('chair'), dueDate: '2019-04-01' }),
        201,
      );
      clock.set('2019-03-18T13:50:00Z');
      await as(request(server).post(`${next}/close`), 200);
      await world.project();
      await world.app.get(AccountService).create({
        tenantId: TENANT,
        email: 'hanna.hr@exempelstad.se',
        displayName: 'Hanna HR',
        password: PASSWORD,
        roles: ['hr'],
      });

      const chair = await signedIn(PEOPLE.chair.email);
      const members = await chair.get(`/dokument/${world.meetingIds.next}`);
      expect(members.text).toContain(SECRET_TITLE);
      expect((await chair.get('/uppfoljningar')).text).toContain(SECRET_ACTION);

      // HR reads every meeting, but is no member: the public version, the action left out.
      const outsider = await signedIn('hanna.hr@exempelstad.se');
      const documents = await outsider.get(`/dokument/${world.meetingIds.next}`);
      expect(documents.status).toBe(200);
      expect(documents.text).toContain('Du läser den offentliga versionen.');
      expect(documents.text).not.toContain(SECRET_TITLE);
      const followUps = await outsider.get('/uppfoljningar?status=all');
      expect(followUps.text).toContain('Sekretess: visas bara för gruppens ledamöter');
      expect(followUps.text).not.toContain(SECRET_ACTION);
      // Nor does the justering page show the outsider anything to act on.
      const justeringPage = await outsider.get(`/justering/${world.meetingIds.next}`);
      expect(justeringPage.text).not.toContain('id="justera"');
    });
  });
});
