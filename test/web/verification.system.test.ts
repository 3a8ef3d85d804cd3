/**
 * The /verifiera page in chromium: a union representative downloads the justerat protocol of the
 * demo's 2/2019, anyone (signed out) verifies that copy as the true one and an altered copy as
 * no match, by file and by pasted SHA-256, by keyboard; the Swedish messages for bad input; axe
 * (WCAG 2.1 AA) and 320 px on every state. Screenshots go to .tmp/screens/web-verifiera*.png.
 * Needs chromium (`npm run test:system`).
 */
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { baseUrlOf } from '../../apps/demo/src/demo-loader.js';
import { DEMO_PASSWORD, DEMO_TENANT } from '../../apps/demo/src/demo-people.js';
import {
  demoEmail,
  type DemoDocuments,
  startDemoDocuments,
} from '../documents/support/demo-documents-app.js';
import {
  type BrowserPage,
  expectAccessible,
  openBrowserPage,
  pressAndWait,
  submitting,
  tabTo,
} from './support/browser-page.js';

const UNION_REPRESENTATIVE = demoEmail('cornelia.sjostrom');

describe('the /verifiera page in chromium', () => {
  let demo: DemoDocuments;
  let browser: BrowserPage;
  let page: Page;
  let errors: string[];
  let baseUrl: string;
  let downloaded: Buffer;

  beforeAll(async () => {
    demo = await startDemoDocuments();
    baseUrl = baseUrlOf(demo.app);
    browser = await openBrowserPage();
    ({ page, errors } = browser);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const main = () => page.locator('main').innerText();
  const chooseFile = (bytes: Buffer) =>
    page
      .locator('#fil')
      .setInputFiles({ name: 'protokoll-2-2019-r1.pdf', mimeType: 'application/pdf', buffer: bytes });

  it('lets a union representative download the justerat protocol, with a link to verify it from the Dokument page', async () => {
    await page.goto(`${baseUrl}/logga-in`);
    // The sign-in page leads to the verification too, for those without an account.
    expect(await page.getByRole('link', { name: 'Verifiera en kopia' }).getAttribute('href')).toBe(
      '/verifiera',
    );
    await page.locator('#tenant').fill(DEMO_TENANT);
    await page.locator('#email').fill(UNION_REPRESENTATIVE);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await submitting(page, () => page.locator('#password').press('Enter'));
    await page.goto(`${baseUrl}/dokument/${demo.meetingId('seed')}`);
    const verify = page.getByRole('link', { name: 'Verifiera en kopia' });
    expect(await verify.getAttribute('href')).toBe('/verifiera');
    const pdfHref = await page.locator('a[href*="/documents/protokoll.pdf"]').first().getAttribute('href');
    const response = await page.request.get(`${baseUrl}${pdfHref}`);
    expect(response.headers()['content-type']).toBe('application/pdf');
    downloaded = Buffer.from(await response.body());
    expect(downloaded.toString('latin1')).toContain('/ETSI.CAdES.detached');
    await page.goto(`${baseUrl}/justering/${demo.meetingId('seed')}`);
    expect(await page.getByRole('link', { name: 'Verifiera en kopia' }).count()).toBe(1);
    await browser.browser.context.clearCookies();
  });

  it('verifies the downloaded copy as the true one, signed out, by keyboard', async () => {
    await page.goto(`${baseUrl}/verifiera`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Verifiera en kopia');
    await expectAccessible(page, 'Verifiera', { screen: 'web-verifiera' });
    await chooseFile(downloaded);
    await tabTo(page, { text: 'Verifiera filen' });
    await pressAndWait(page);
    const text = await main();
    expect(text).toContain('Kopian är äkta');
    expect(text).toMatch(
      /Kopian är den justerade versionen av protokoll 2\/2019 för .*Socialförvaltningen.*, mötet den 25 februari 2019 \(revision 1\), justerad av Cornelia Sjöström \(Akademikerförbundet SSR\)/,
    );
    expect(text).toContain(createHash('sha256').update(downloaded).digest('hex'));
    await expectAccessible(page, 'Verifiera, match', { screen: 'web-verifiera-akta' });
  });

  it('answers no match for a copy altered by one byte, and for its hash pasted', async () => {
    const altered = Buffer.from(downloaded);
    altered[Math.floor(altered.length / 2)] ^= 0x01;
    await page.goto(`${baseUrl}/verifiera`);
    await chooseFile(altered);
    await submitting(page, () => page.getByRole('button', { name: 'Verifiera filen' }).click());
    expect(await main()).toContain('Filen motsvarar inget justerat protokoll i tjänsten');
    await expectAccessible(page, 'Verifiera, no match', { screen: 'web-verifiera-ingen-traff' });

    await page.goto(`${baseUrl}/verifiera`);
    await tabTo(page, 'kontrollsumma');
    await page.keyboard.type(createHash('sha256').update(altered).digest('hex'));
    await pressAndWait(page);
    expect(await main()).toContain('Filen motsvarar inget justerat protokoll i tjänsten');
    // And the true copy's hash, pasted, matches.
    await page
      .locator('#kontrollsumma')
      .fill(createHash('sha256').update(downloaded).digest('hex').toUpperCase());
    await pressAndWait(page);
    expect(await main()).toContain('Kopian är den justerade versionen av protokoll 2/2019');
  });

  it('says in Swedish what is wrong with bad input, at the field and in the summary', async () => {
    await page.goto(`${baseUrl}/verifiera`);
    await submitting(page, () => page.getByRole('button', { name: 'Verifiera filen' }).click());
    expect(await page.locator('#fil-fel').innerText()).toBe('Välj en PDF-fil att verifiera.');
    expect(await page.locator('#fil').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'Verifiera, no file');

    await page.locator('#fil').setInputFiles({
      name: 'anteckningar.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Protokoll, åäö'),
    });
    await submitting(page, () => page.getByRole('button', { name: 'Verifiera filen' }).click());
    expect(await page.locator('#fil-fel').innerText()).toBe(
      'Filen är ingen PDF. Välj PDF-filen du hämtade från tjänsten.',
    );

    await page.locator('#kontrollsumma').fill('inte en kontrollsumma');
    await pressAndWait(page);
    expect(await page.locator('#kontrollsumma-fel').innerText()).toMatch(/64 tecken/);
    expect(await page.locator('#kontrollsumma').inputValue()).toBe('inte en kontrollsumma');
    const summaryLink = page.locator('#felsammanfattning a');
    expect(await summaryLink.getAttribute('href')).toBe('#kontrollsumma');
    await expectAccessible(page, 'Verifiera, bad hash', { screen: 'web-verifiera-fel' });
    expect(errors).toEqual([]);
  });
});
