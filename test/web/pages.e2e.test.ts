/**
 * The web pages over HTTP with the production ApiModule: signing in through the form (wrong
 * password, throttled, back to where the visitor came from), CSRF refusals that change nothing,
 * Min sida's lists, and hostile text shown as text.
 */
import request from 'supertest';
import { CSRF_FIELD } from '#libs/web';
import { formBrowser, hidden } from './support/form-browser.js';
import {
  FOLLOW_UP_ACTION,
  HOSTILE_GROUP_NAME,
  PASSWORD,
  PEOPLE,
  startWebWorld,
  TENANT,
  type WebWorld,
} from './support/web-world.js';

describe('the web pages', () => {
  let world: WebWorld;

  beforeAll(async () => {
    world = await startWebWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const browser = () => formBrowser(world);

  it('sends a visitor who is not signed in from Min sida to the sign-in page, and back after signing in', async () => {
    const visitor = browser();
    const home = await visitor.get('/');
    expect(home.status).toBe(303);
    expect(home.headers.location).toBe('/logga-in');

    const form = await visitor.get('/logga-in');
    expect(form.status).toBe(200);
    expect(form.headers['content-type']).toMatch(/^text\/html/);
    expect(form.text).toContain('<html lang="sv"');
    expect(form.text).toContain('<label class="ds-label" for="email">E-postadress</label>');
    expect(form.headers['content-security-policy']).toMatch(/style-src 'self'/);
    expect(form.headers['content-security-policy']).not.toMatch(/unsafe-inline/);
    // A page's form must carry its Origin (under no-referrer a browser sends `Origin: null`).
    expect(form.headers['referrer-policy']).toBe('same-origin');
    expect(form.headers['cache-control']).toBe('no-store');

    const signedIn = await visitor.trySignIn(PEOPLE.chair.email, PASSWORD);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.location).toBe('/');
    const page = await visitor.get('/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1 class="ds-heading" data-size="lg">Min sida</h1>');
    expect(page.text).toContain('Inloggad som <strong>Jenny Gräslund</strong>');
  });

  it('leads a document link opened in a browser to sign-in and back to the document', async () => {
    const kallelse = `/api/meetings/${world.meetingIds.next}/documents/kallelse.html`;
    const visitor = browser();
    const opened = await visitor.get(kallelse);
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe(`/logga-in?next=${encodeURIComponent(kallelse)}`);
    // A program (no text/html in Accept) still gets the API's 401.
    await request(world.server).get(kallelse).expect(401);

    const signedIn = await visitor.trySignIn(PEOPLE.vision.email, PASSWORD, kallelse);
    expect(signedIn.headers.location).toBe(kallelse);
    // Signed in, the browser gets past the sign-in step (the worker has not rendered it here: 404).
    const after = await visitor.get(kallelse);
    expect(after.status).not.toBe(303);
    expect(after.status).not.toBe(401);
  });

  it('never sends anyone to another site after signing in (no open redirect)', async () => {
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const visitor = browser();
      const signedIn = await visitor.trySignIn(PEOPLE.chair.email, PASSWORD, next);
      expect({ next, location: signedIn.headers.location }).toEqual({ next, location: '/' });
    }
  });

  it('says next to the form that the password is wrong, keeps the e-mail, and sets no session', async () => {
    const visitor = browser();
    const answer = await visitor.trySignIn(PEOPLE.chair.email, 'fel lösenord');
    expect(answer.status).toBe(401);
    expect(answer.text).toContain('Inloggningen misslyckades');
    expect(answer.text).toContain('Organisationen, e-postadressen eller lösenordet stämmer inte.');
    expect(answer.text).toContain(`value="${PEOPLE.chair.email}"`);
    expect(answer.text).not.toContain('fel lösenord');
    expect(visitor.cookies.get('svk_session')).toBeUndefined();
  });

  it('says when a throttled account may try again, and refuses the right password until then', async () => {
    const email = PEOPLE.admin.email;
    const visitor = browser();
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expect((await visitor.trySignIn(email, `gissning ${attempt}`)).status).toBe(401);
    }
    const throttled = await visitor.trySignIn(email, PASSWORD);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(throttled.text).toContain('För många misslyckade inloggningar');
    expect(throttled.text).toMatch(/Försök igen om 15 minuter, kl\. \d\d\.\d\d\./);
    expect(visitor.cookies.get('svk_session')).toBeUndefined();
  });

  it('rotates the session at sign-in: a session cookie the browser already had is ended, not kept', async () => {
    const visitor = browser();
    const form = await visitor.get('/logga-in');
    // A session cookie in the browser when the form is posted (planted, or a session left open).
    const before = world.cookies.vision.split('=')[1];
    visitor.cookies.set('svk_session', before);
    const signedIn = await visitor.post('/logga-in', {
      [CSRF_FIELD]: hidden(form.text, CSRF_FIELD),
      tenant: TENANT,
      email: PEOPLE.vision.email,
      password: PASSWORD,
    });
    expect(signedIn.status).toBe(303);
    const after = visitor.cookies.get('svk_session');
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    await request(world.server).get('/api/auth/me').set('Cookie', `svk_session=${before}`).expect(401);
    await request(world.server).get('/api/auth/me').set('Cookie', `svk_session=${after}`).expect(200);
    // The sign-in form's own cookie is gone with it.
    expect(visitor.cookies.get('svk_form')).toBeUndefined();
  });

  it('refuses a form without its CSRF token with 403 and changes nothing', async () => {
    // Sign-in without the token: no session, and the attempt is not counted.
    const visitor = browser();
    await visitor.get('/logga-in');
    const forged = await visitor.post('/logga-in', {
      tenant: TENANT,
      email: PEOPLE.chair.email,
      password: PASSWORD,
    });
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('Formuläret hade gått ut');
    expect(visitor.cookies.get('svk_session')).toBeUndefined();

    // Sign-out with another session's token, then with none: the session stays alive.
    const other = browser();
    await other.trySignIn(PEOPLE.vision.email, PASSWORD);
    const othersToken = hidden((await other.get('/')).text, CSRF_FIELD);
    await visitor.trySignIn(PEOPLE.chair.email, PASSWORD);
    const forms: Record<string, string>[] = [{ [CSRF_FIELD]: othersToken }, {}];
    for (const form of forms) {
      const refused = await visitor.post('/logga-ut', form);
      expect(refused.status).toBe(403);
      expect(refused.text).toContain('Det här får du inte göra');
    }
    expect((await visitor.get('/')).status).toBe(200);

    // With its own token it signs out, and the session is over.
    const token = hidden((await visitor.get('/')).text, CSRF_FIELD);
    const session = visitor.cookies.get('svk_session');
    const out = await visitor.post('/logga-ut', { [CSRF_FIELD]: token });
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe('/logga-in');
    await request(world.server).get('/api/auth/me').set('Cookie', `svk_session=${session}`).expect(401);
  });

  it('keeps the API JSON-only while the pages take form bodies', async () => {
    const refused = await request(world.server)
      .post('/api/auth/login')
      .type('form')
      .send({ tenant: TENANT, email: PEOPLE.chair.email, password: PASSWORD });
    expect(refused.status).toBe(415);
    // A form posted from another site is refused at the edge, before any token is looked at.
    const crossSite = await request(world.server)
      .post('/logga-in')
      .set('Origin', 'https://evil.example')
      .type('form')
      .send({ tenant: TENANT });
    expect(crossSite.status).toBe(403);
  });

  it('shows Min sida: my groups with my role, next meetings, justering waiting, open follow-ups', async () => {
    const member = browser();
    await member.trySignIn(PEOPLE.vision.email, PASSWORD);
    const page = (await member.get('/')).text;
    const escapedName =
      '&lt;script&gt;window.__pwned&#x3D;1&lt;/script&gt; FSG &lt;b&gt;Socialförvaltningen&lt;/b&gt;';
    expect(page).toContain(`<h3 class="ds-heading" data-size="xs">${escapedName}</h3>`);
    expect(page).toContain('FSG · ledamot (Vision)');
    // The March meeting, with a link to its kallelse; place text escaped too.
    expect(page).toContain('<td class="nowrap">2019-03-18</td>');
    expect(page).toContain('<td>Stora salen, &lt;Rådhuset&gt;</td>');
    expect(page).toContain(`href="/api/meetings/${world.meetingIds.next}/documents/kallelse.html"`);
    // The February protocol waits for this justerare: a link to its Justering page.
    expect(page).toContain(`href="/justering/${world.meetingIds.held}"`);
    // The follow-up, overdue since 25 February.
    expect(page).toContain('Ta fram en plan för &lt;i&gt;introduktion&lt;/i&gt; av nyanställda');
    expect(page).toContain('Försenad 4 dagar');
    expect(page).not.toContain(HOSTILE_GROUP_NAME);
    expect(page).not.toContain(FOLLOW_UP_ACTION);
    expect(page).not.toMatch(/<script/i);
  });

  it('serves the design system and font from node_modules, cached for a year', async () => {
    const page = (await browser().get('/logga-in')).text;
    const links = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((match) => match[1]);
    expect(links).toHaveLength(4);
    for (const link of links) {
      const css = await request(world.server).get(link).expect(200);
      expect(css.headers['content-type']).toMatch(/^text\/css/);
      expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    const fontCss = (await request(world.server).get(links[0])).text;
    const font = /url\(\.\/files\/(inter-latin-wght-normal\.woff2)\)/.exec(fontCss)?.[1];
    const fontUrl = links[0].replace('wght.css', `files/${font}`);
    const file = await request(world.server).get(fontUrl).expect(200);
    expect(file.headers['content-type']).toBe('font/woff2');
    await request(world.server).get(links[0].replace('wght.css', '../../etc/passwd')).expect(404);
  });

  it('takes a protocol off my justering list once I have approved it, not off the other justerare’s', async () => {
    const meeting = `/api/meetings/${world.meetingIds.held}`;
    const member = browser();
    await member.trySignIn(PEOPLE.vision.email, PASSWORD);
    const visionCookie = `svk_session=${member.cookies.get('svk_session')}`;
    const { body } = await request(world.server).get(meeting).set('Cookie', visionCookie).expect(200);
    await request(world.server)
      .post(`${meeting}/protocol/justeringar`)
      .set('Cookie', visionCookie)
      .send(body.protocol)
      .expect(200);
    const protocolLink = `href="/justering/${world.meetingIds.held}"`;
    const mine = (await member.get('/')).text;
    expect(mine).not.toContain(protocolLink);
    expect(mine).toContain('Inga protokoll väntar på din justering.');
    const chair = browser();
    await chair.trySignIn(PEOPLE.chair.email, PASSWORD);
    expect((await chair.get('/')).text).toContain(protocolLink);
  });
});
