/**
 * The Dokument, Justering, Uppföljningar and Anställda pages, the 404 page and the password change
 * in a real browser (Debian's chromium, driven by playwright-core): two justerare approve, one after
 * proposing a change the chair accepts, and one then proves a downloaded copy on /verifiera; an employee reads the justerat protocol but not a draft; someone finds an
 * overdue follow-up with a filter; the password changed by keyboard alone. axe-core (WCAG 2.1 AA)
 * on every page and state, reflow at 320 px. Screenshots go to .tmp/screens/web-*.png.
 * Needs chromium (`npm run test:system`; .ci/run installs it).
 */
import type { Page } from 'playwright-core';
import {
  type BrowserPage,
  expectAccessible,
  openBrowserPage,
  signInThrough,
  submitting,
  tabTo,
} from './support/browser-page.js';
import { type DocsWorld, EMPLOYEE, startDocsWorld } from './support/docs-world.js';
import { PASSWORD, PEOPLE } from './support/web-world.js';

describe('the Dokument, Justering, Uppföljningar and Anställda pages in chromium', () => {
  let world: DocsWorld;
  let browser: BrowserPage;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    world = await startDocsWorld();
    browser = await openBrowserPage();
    ({ page, errors } = browser);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  async function signInAs(email: string, password = PASSWORD): Promise<void> {
    await browser.browser.context.clearCookies();
    await signInThrough(page, `${world.baseUrl}/logga-in`, email, password);
    expect(new URL(page.url()).pathname).toBe('/');
  }

  const heading = () => page.getByRole('heading', { level: 1 }).innerText();

  it('shows a member the meeting’s documents, utdrag and revisions', async () => {
    await signInAs(PEOPLE.chair.email);
    await page.goto(`${world.baseUrl}/dokument/${world.meetingIds.held}`);
    expect(await heading()).toContain('protokoll 1/2019');
    expect(await page.getByRole('link', { name: /Ladda ner PDF/ }).count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, 'Dokument', { screen: 'web-dokument' });
    // The kallelse of the March meeting, with its calendar file.
    await page.goto(`${world.baseUrl}/dokument/${world.meetingIds.next}`);
    expect(await page.getByRole('link', { name: /kalendern/ }).count()).toBe(1);
    await expectAccessible(page, 'Dokument, kallelse');
    // The empty states: no units to read the records of, no follow-up that matches.
    await page.goto(`${world.baseUrl}/anstallda`);
    expect(await page.locator('main').innerText()).toContain('inte kopplat till någon enhet');
    await expectAccessible(page, 'Anställda, no units');
    await page.goto(`${world.baseUrl}/uppfoljningar?status=cancelled`);
    expect(await page.locator('main').innerText()).toContain('Inga uppföljningar matchar filtret');
    await expectAccessible(page, 'Uppföljningar, none');
  });

  it('lets the chair ask for justering, a justerare propose a change that the chair accepts, and both approve', async () => {
    const justering = `${world.baseUrl}/justering/${world.meetingIds.held}`;
    await signInAs(PEOPLE.chair.email);
    await page.goto(justering);
    // The secretary's (here the chair's) request: the last date proposed is a week ahead.
    expect(await page.locator('#lastDate').inputValue()).toBe('2019-03-08');
    await submitting(page, () => page.getByRole('button', { name: 'Skicka begäran' }).click());
    expect(await page.getByRole('status').innerText()).toContain('Justerarna har fått begäran');
    await expectAccessible(page, 'Justering, requested', { screen: 'web-justering-begard' });

    await signInAs(PEOPLE.vision.email);
    // From Min sida to the Justering page.
    await submitting(page, () => page.getByRole('link', { name: /protokoll 1\/2019/ }).click());
    expect(page.url()).toBe(justering);
    await expectAccessible(page, 'Justering, waiting', { screen: 'web-justering' });
    // Proposing a change without saying what: told next to the field, linked from the summary.
    await submitting(page, () => page.getByRole('button', { name: 'Skicka förslaget' }).click());
    expect(await page.locator('#comment-fel').innerText()).toBe(
      'Skriv vad som behöver ändras i protokollet.',
    );
    await expectAccessible(page, 'Justering, comment missing', { screen: 'web-justering-fel' });
    await page
      .getByLabel('Vad gäller förslaget?')
      .selectOption({ label: '§ 4 Introduktion av nyanställda: dialogen' });
    await page.locator('#comment').fill('Skriv att Vision vill se planen före sommaren.');
    // By keyboard: the wording field is reached with Tab from the comment.
    await page.locator('#comment').press('Tab');
    await page.keyboard.type('Parterna är överens. Vision vill se planen före sommaren.');
    await submitting(page, () => page.getByRole('button', { name: 'Skicka förslaget' }).click());
    expect(await page.getByRole('status').innerText()).toContain('Ditt ändringsförslag är skickat');
    expect(await page.getByRole('button', { name: /^Justera/ }).count()).toBe(0);
    await expectAccessible(page, 'Justering, change proposed', { screen: 'web-justering-andring-begard' });

    await signInAs(PEOPLE.chair.email);
    await page.goto(justering);
    expect(await page.locator('#text-1').inputValue()).toBe(
      'Parterna är överens. Vision vill se planen före sommaren.',
    );
    await page.getByLabel('Motivering').fill('Det sades på mötet.');
    await expectAccessible(page, 'Justering, answering a proposal', { screen: 'web-justering-svar' });
    await submitting(page, () => page.getByRole('button', { name: 'Godta förslaget' }).click());
    expect(await page.getByRole('status').innerText()).toContain('Förslaget är godtaget');
    await submitting(page, () =>
      page.getByRole('link', { name: 'Vad har ändrats sedan revision 1' }).click(),
    );
    expect(await page.locator('ins').first().innerText()).toContain('Tillagt:');
    await expectAccessible(page, 'Justering, changes between revisions', {
      screen: 'web-justering-andringar',
    });
    await page.goBack();
    await submitting(page, () => page.getByRole('button', { name: 'Justera Revision 2' }).click());
    expect(await page.getByRole('status').innerText()).toBe('Du har justerat protokollet.');

    await signInAs(PEOPLE.vision.email);
    await page.goto(`${world.baseUrl}/justering`);
    await expectAccessible(page, 'Justering list');
    await submitting(page, () => page.getByRole('link', { name: /protokoll 1\/2019/ }).click());
    await submitting(page, () => page.getByRole('button', { name: 'Justera Revision 2' }).click());
    expect(await page.locator('dd').first().innerText()).toBe('Justerat');
    await expectAccessible(page, 'Justering, justerat', { screen: 'web-justering-justerat' });

    // Later the union representative proves that a copy is the justerat protocol: the sealed PDF
    // downloaded, then checked on /verifiera (an altered copy is told apart in verification.system).
    const pdfHref = await page
      .getByRole('link', { name: 'Ladda ner PDF av protokollet' })
      .getAttribute('href');
    await world.project(); // the worker's part: the justerat revision rendered
    const response = await page.request.get(`${world.baseUrl}${pdfHref}`);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const copy = Buffer.from(await response.body());
    await submitting(page, () => page.getByRole('link', { name: 'Verifiera en kopia' }).click());
    await page
      .locator('#fil')
      .setInputFiles({ name: 'protokoll-1-2019-r2.pdf', mimeType: 'application/pdf', buffer: copy });
    await submitting(page, () => page.getByRole('button', { name: 'Verifiera filen' }).click());
    expect(await page.locator('main').innerText()).toMatch(
      /Kopian är den justerade versionen av protokoll 1\/2019 .*\(revision 2\)/,
    );
    expect(errors).toEqual([]);
  });

  it('lets an employee read the justerat protocol but not a draft', async () => {
    await world.project();
    await signInAs(EMPLOYEE.email);
    await page.goto(`${world.baseUrl}/anstallda`);
    await expectAccessible(page, 'Anställda', { screen: 'web-anstallda' });
    await submitting(page, () => page.getByRole('link', { name: 'Protokoll 1/2019', exact: true }).click());
    expect(new URL(page.url()).pathname).toBe(
      `/api/meetings/${world.meetingIds.held}/documents/protokoll.html`,
    );
    expect(await page.locator('body').innerText()).toContain('Vision vill se planen före sommaren');
    // The March meeting's kallelse and an earlier revision are not published: refused.
    const draft = await page.goto(
      `${world.baseUrl}/api/meetings/${world.meetingIds.next}/documents/kallelse.html`,
    );
    expect(draft?.status()).toBe(403);
    const earlier = await page.goto(
      `${world.baseUrl}/api/meetings/${world.meetingIds.held}/documents/protokoll.html?revision=1`,
    );
    expect(earlier?.status()).toBe(403);
    const documents = await page.goto(`${world.baseUrl}/dokument/${world.meetingIds.next}`);
    expect(documents?.status()).toBe(404);
    await page.goto(`${world.baseUrl}/dokument/${world.meetingIds.held}`);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Du läser den offentliga versionen.');
    await expectAccessible(page, 'Dokument, public version', { screen: 'web-dokument-offentlig' });
  });

  it('lets the chair make a rättelse by keyboard, shown as a diff, while the justerat revision stays', async () => {
    const justering = `${world.baseUrl}/justering/${world.meetingIds.held}`;
    await signInAs(PEOPLE.chair.email);
    await page.goto(justering);
    await page
      .getByLabel('Vilken text ska rättas?')
      .selectOption({ label: '§ 4 Introduktion av nyanställda: dialogen' });
    await tabTo(page, 'valj-rattelse');
    await submitting(page, () => page.keyboard.press('Enter'));
    expect(await page.locator('#text').inputValue()).toContain('Vision vill se planen före sommaren.');
    await page.locator('#text').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Kommunal instämde.');
    await tabTo(page, 'reason');
    await page.keyboard.type('Kommunal instämde på mötet.');
    await expectAccessible(page, 'Justering, rättelse', { screen: 'web-justering-rattelse' });
    await tabTo(page, 'gor-rattelse');
    await submitting(page, () => page.keyboard.press('Enter'));
    expect(await page.getByRole('status').innerText()).toContain('Rättelsen är gjord');
    expect(await page.locator('dd').first().innerText()).toBe('Väntar på justering');
    await submitting(page, () =>
      page.getByRole('link', { name: 'Vad har ändrats sedan revision 2' }).click(),
    );
    expect(await page.locator('ins').first().innerText()).toContain('Kommunal instämde');
    await expectAccessible(page, 'Justering, the rättelse as a diff', {
      screen: 'web-justering-rattelse-andringar',
    });
    // The employee still reads the justerat revision 2 from Anställda.
    await world.project();
    await signInAs(EMPLOYEE.email);
    await page.goto(`${world.baseUrl}/anstallda`);
    await submitting(page, () => page.getByRole('link', { name: 'Protokoll 1/2019', exact: true }).click());
    const text = await page.locator('body').innerText();
    expect(text).toContain('Vision vill se planen före sommaren');
    expect(text).not.toContain('Kommunal instämde');
    expect(errors).toEqual([]);
  });

  it('finds an overdue follow-up with the filter, and says a bad date next to its field', async () => {
    await signInAs(PEOPLE.vision.email);
    await submitting(page, () => page.getByRole('link', { name: 'Uppföljningar', exact: true }).click());
    await expectAccessible(page, 'Uppföljningar', { screen: 'web-uppfoljningar' });
    await page.getByLabel('Försenade (öppna och efter sitt datum)').check();
    await submitting(page, () => page.getByRole('button', { name: 'Visa' }).click());
    expect(new URL(page.url()).search).toContain('overdue=ja');
    const row = page.getByRole('row', { name: /introduktion/ });
    expect(await row.innerText()).toContain('Försenad 4 dagar');
    await expectAccessible(page, 'Uppföljningar, overdue', { screen: 'web-uppfoljningar-forsenade' });
    await page.locator('#dueOnOrBefore').fill('2019-02-30');
    await submitting(page, () => page.getByRole('button', { name: 'Visa' }).click());
    expect(await page.locator('#dueOnOrBefore-fel').innerText()).toContain('ÅÅÅÅ-MM-DD');
    await expectAccessible(page, 'Uppföljningar, bad date', { screen: 'web-uppfoljningar-fel' });
  });

  it('changes the password by keyboard alone', async () => {
    const newPassword = 'ett nytt lösenord för Mårten';
    await signInAs(PEOPLE.vision.email);
    await page.goto(`${world.baseUrl}/konto/losenord`);
    await expectAccessible(page, 'Byt lösenord', { screen: 'web-byt-losenord' });
    // A short new password first: told next to the field.
    await tabTo(page, 'currentPassword');
    await page.keyboard.type(PASSWORD);
    await tabTo(page, 'newPassword');
    await page.keyboard.type('kort');
    await tabTo(page, 'repeatPassword');
    await page.keyboard.type('kort');
    await submitting(page, () => page.keyboard.press('Enter'));
    expect(await page.locator('#newPassword-fel').innerText()).toBe('Lösenordet måste ha minst 12 tecken.');
    await expectAccessible(page, 'Byt lösenord, too short', { screen: 'web-byt-losenord-fel' });
    await tabTo(page, 'currentPassword');
    await page.keyboard.type(PASSWORD);
    await tabTo(page, 'newPassword');
    await page.keyboard.type(newPassword);
    await tabTo(page, 'repeatPassword');
    await page.keyboard.type(newPassword);
    await tabTo(page, 'byt-losenord');
    await submitting(page, () => page.keyboard.press('Enter'));
    expect(await page.getByRole('status').innerText()).toContain('Ditt lösenord är bytt.');
    await expectAccessible(page, 'Byt lösenord, done', { screen: 'web-byt-losenord-klart' });
    await signInAs(PEOPLE.vision.email, newPassword);
  });

  it('shows an unknown page as a 404 page in Swedish', async () => {
    const response = await page.goto(`${world.baseUrl}/det-har-finns-inte`);
    expect(response?.status()).toBe(404);
    expect(await heading()).toBe('Sidan finns inte');
    await expectAccessible(page, '404', { screen: 'web-fel-404' });
    expect(errors).toEqual([]);
  });
});
