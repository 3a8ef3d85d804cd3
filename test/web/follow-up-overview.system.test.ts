/**
 * The Uppföljningsöversikt and Kalenderflöde pages in a real browser (Debian's chromium, driven by
 * playwright-core): HR filters the overview to the overdue by keyboard alone, goes on with "Nästa
 * sida", meets a refused filter; a member makes a calendar link and revokes it by keyboard. axe-core
 * (WCAG 2.1 AA) on every page and state, reflow at 320 px (the chart scales, the tables scroll in
 * their own region). Screenshots go to .tmp/screens/web-uppfoljningsoversikt*.png and
 * web-kalenderflode*.png. Needs chromium (`npm run test:system`; .ci/run installs it).
 */
import type { Page } from 'playwright-core';
import {
  type BrowserPage,
  expectAccessible,
  focusedElement,
  openBrowserPage,
  pressAndWait,
  signInThrough,
  tabTo,
} from './support/browser-page.js';
import {
  HR,
  type OverviewWebWorld,
  SECRET_ACTION,
  startOverviewWebWorld,
} from './support/overview-web-world.js';
import { PEOPLE } from './support/web-world.js';

describe('the Uppföljningsöversikt and Kalenderflöde pages in chromium', () => {
  let world: OverviewWebWorld;
  let browser: BrowserPage;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    world = await startOverviewWebWorld();
    browser = await openBrowserPage();
    ({ page, errors } = browser);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  async function signInAs(email: string): Promise<void> {
    await browser.browser.context.clearCookies();
    await signInThrough(page, `${world.baseUrl}/logga-in`, email);
    expect(new URL(page.url()).pathname).toBe('/');
  }

  const main = () => page.locator('main').innerText();

  it('lets HR filter the overview to the overdue and go to the next page by keyboard alone', async () => {
    await signInAs(HR.email);
    // From the menu, by keyboard.
    await tabTo(page, { text: 'Uppföljningsöversikt' });
    await pressAndWait(page);
    expect(new URL(page.url()).pathname).toBe('/uppfoljningsoversikt');
    expect(await main()).toContain(`${world.total} uppföljningar, 50 visas`);
    expect(await main()).not.toContain(SECRET_ACTION);
    const chart = page.getByRole('img', { name: 'Försenade uppföljningar per förvaltning och månad' });
    expect(await chart.count()).toBe(1);
    await expectAccessible(page, 'Uppföljningsöversikt', { screen: 'web-uppfoljningsoversikt' });

    await tabTo(page, 'status');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'visa');
    await pressAndWait(page);
    expect(new URL(page.url()).searchParams.get('status')).toBe('overdue');
    expect(await page.locator('#status').inputValue()).toBe('overdue');
    const overdueText = await main();
    expect(overdueText).toMatch(/\d+ uppföljningar/);
    expect(overdueText).not.toContain('Öppen\n');
    await expectAccessible(page, 'Uppföljningsöversikt, overdue');

    await page.goto(`${world.baseUrl}/uppfoljningsoversikt`);
    await tabTo(page, 'nasta-sidan', 400);
    expect((await focusedElement(page)).text).toBe('Nästa sida');
    await pressAndWait(page);
    expect(await main()).toContain(`${world.total} uppföljningar, 7 visas`);
    expect(await page.locator('#nasta-sidan').count()).toBe(0);
    await expectAccessible(page, 'Uppföljningsöversikt, page 2', {
      screen: 'web-uppfoljningsoversikt-sida-2',
    });
  });

  it('says a refused filter at its field, and the summary leads there', async () => {
    await page.goto(`${world.baseUrl}/uppfoljningsoversikt?dueFrom=2019-02-30&forvaltningId=u-finns-inte`);
    const summary = page.locator('.ds-error-summary');
    expect(await summary.innerText()).toContain('Senast klar, från: Skriv datumet som ÅÅÅÅ-MM-DD');
    expect(await page.locator('#dueFrom').getAttribute('aria-invalid')).toBe('true');
    expect(await main()).toContain('Inga uppföljningar visas');
    await expectAccessible(page, 'Uppföljningsöversikt, refused filter', {
      screen: 'web-uppfoljningsoversikt-fel',
    });
    await summary.getByRole('link', { name: /Senast klar, från/ }).click();
    expect(new URL(page.url()).hash).toBe('#dueFrom');
  });

  it('lets a member make a calendar link and revoke it by keyboard', async () => {
    await signInAs(PEOPLE.vision.email);
    await tabTo(page, { text: 'Mina uppföljningar i kalendern' });
    await pressAndWait(page);
    expect(new URL(page.url()).pathname).toBe('/kalenderflode');
    expect(await main()).toContain('Du har inga kalenderlänkar.');
    await expectAccessible(page, 'Kalenderflöde, none', { screen: 'web-kalenderflode' });
    await tabTo(page, 'skapa-lank');
    await pressAndWait(page);
    const url = await page.locator('#lank-text').inputValue();
    expect(url).toMatch(/\/api\/follow-ups\/calendar\/feed\.ics\?token=[\w-]{43}$/);
    await expectAccessible(page, 'Kalenderflöde, created', { screen: 'web-kalenderflode-ny' });
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');

    await page.goto(`${world.baseUrl}/kalenderflode`);
    await tabTo(page, 'aterkalla-1');
    await pressAndWait(page);
    expect(await page.getByRole('status').innerText()).toContain('Kalenderlänken är återkallad.');
    await expectAccessible(page, 'Kalenderflöde, revoked');
    expect((await fetch(url)).status).toBe(404);
    expect(errors).toEqual([]);
  });
});
