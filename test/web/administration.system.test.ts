/**
 * Administration in a real browser (Debian's chromium, driven by playwright-core): every admin page
 * and the Grupper list pass axe-core (WCAG 2.1 AA) and reflow at 320 px without sideways scrolling,
 * in their refused and "token shown once" states too; and an admin, by keyboard alone, adds a union
 * organisation (first with an empty name, reaching the field from the error summary's link) and
 * adds a member to a group. Screenshots go to .tmp/screens/web-admin-*.png.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { axeViolations } from '../system/support/axe.js';
import { type Chromium, launchChromium } from '../system/support/chromium.js';
import { collectPageErrors, scrollsSideways } from './support/page-checks.js';
import { PASSWORD, PEOPLE, startWebWorld, TENANT, type WebWorld } from './support/web-world.js';

const SCREENS = '.tmp/screens';

interface Focused {
  id: string;
  textContent: string | null;
}

describe('Administration in chromium', () => {
  let world: WebWorld;
  let browser: Chromium;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    world = await startWebWorld();
    browser = await launchChromium();
    page = await browser.context.newPage();
    collectPageErrors(page, errors);
    await mkdir(SCREENS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });
  afterEach(() => {
    expect(errors).toEqual([]);
  });

  const screenshot = (name: string) =>
    page.screenshot({ path: `${SCREENS}/web-admin-${name}.png`, fullPage: true });

  async function expectNoAxeViolations(state: string): Promise<void> {
    expect({ state, violations: await axeViolations(page) }).toEqual({ state, violations: [] });
  }

  const focused = () =>
    page.evaluate(() => {
      const active = (globalThis as unknown as { document: { activeElement: Focused | null } }).document
        .activeElement;
      return { id: active?.id ?? '', text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim() };
    });

  /** Presses Tab until the focused element has this id or its text matches, as a keyboard user would. */
  async function tabTo(target: string | RegExp, limit = 120): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      await page.keyboard.press('Tab');
      const { id, text } = await focused();
      if (typeof target === 'string' ? id === target : target.test(text)) return;
    }
    throw new Error(`Tab never reached ${String(target)}`);
  }

  /** Presses Enter on the focused control and waits for the page that answers. */
  const enter = () => Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);

  /** axe at the desktop width, then the same page at 320 px: no sideways scroll, axe again. */
  async function checkPage(name: string): Promise<void> {
    await expectNoAxeViolations(name);
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      expect({ name, sideways: await scrollsSideways(page) }).toEqual({ name, sideways: false });
      await expectNoAxeViolations(`${name} at 320 px`);
      await screenshot(`${name}-320`);
    } finally {
      await page.setViewportSize({ width: 1100, height: 900 });
    }
  }

  it('signs in by keyboard and reaches Administration from the menu', async () => {
    await page.goto(`${world.baseUrl}/`);
    await tabTo('tenant');
    await page.keyboard.type(TENANT);
    await tabTo('email');
    await page.keyboard.type(PEOPLE.admin.email);
    await tabTo('password');
    await page.keyboard.type(PASSWORD);
    await enter();
    await tabTo(/^Administration$/);
    await enter();
    expect(new URL(page.url()).pathname).toBe('/administration');
    await checkPage('oversikt');
  });

  it('adds a union organisation by keyboard: an empty name first, the field reached from the summary', async () => {
    await tabTo(/^Organisation och enheter$/);
    await enter();
    expect(new URL(page.url()).pathname).toBe('/administration/organisation');
    await checkPage('organisation');

    await tabTo('lagg-till-facklig');
    await enter();
    // The summary takes focus (progressive enhancement); its link leads to the field.
    expect((await focused()).id).toBe('felsammanfattning');
    await expectNoAxeViolations('organisation, refused');
    await tabTo(/^Fältet får inte vara tomt\.$/, 5);
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('facklig-namn');
    await page.keyboard.type('Kommunal');
    await tabTo('lagg-till-facklig', 5);
    await enter();
    expect(await page.getByRole('status').innerText()).toContain('Den fackliga organisationen är tillagd');
    expect(await page.locator('#fackliga ~ .table-scroll').innerText()).toContain('Kommunal');
  });

  it('adds a member to a group by keyboard, from the list of groups', async () => {
    await page.goto(`${world.baseUrl}/administration`);
    // Past the menu's own "Grupper" (the list for everyone) to the administration's.
    await page.locator('#innehall').focus();
    await tabTo(/^Grupper$/);
    await enter();
    await checkPage('grupper');
    await tabTo(/FSG <b>Socialförvaltningen<\/b>$/);
    await enter();
    expect(new URL(page.url()).pathname).toBe(`/administration/grupper/${world.groupId}`);
    await checkPage('grupp');

    // The only account not in the group yet is the admin's own: one step down from "Välj person".
    await tabTo('ledamot-person');
    await page.keyboard.press('ArrowDown');
    await tabTo('ledamot-roll');
    // From the default, ledamot, one step up.
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#ledamot-roll').inputValue()).toBe('sekreterare');
    await tabTo('lagg-till-ledamot');
    await enter();
    expect(await page.getByRole('status').innerText()).toContain('Ledamoten är tillagd');
    expect(await page.locator('#ledamoter ~ .table-scroll').innerText()).toMatch(
      /Ada Åström\s+Arbetsgivaren\s+sekreterare/,
    );
    await screenshot('grupp');
  });

  it('shows the accounts, an account, and a new API token once, each passing axe and reflowing', async () => {
    await page.goto(`${world.baseUrl}/administration/konton`);
    await checkPage('konton');
    await Promise.all([page.waitForNavigation(), page.locator('#skapa-konto').click()]);
    expect(await page.locator('#felsammanfattning').innerText()).toContain('Fyll i personens namn.');
    await expectNoAxeViolations('konton, refused');

    await page.goto(`${world.baseUrl}/administration/konton/${world.ids.vision}`);
    await checkPage('konto');
    await page.locator('#nyckel-namn').fill('Diariets import');
    await Promise.all([page.waitForNavigation(), page.locator('#skapa-nyckel').click()]);
    expect(await page.locator('#ny-nyckel').innerText()).toContain('visas bara den här gången');
    expect(await page.locator('#nyckel-text').inputValue()).toMatch(/^svk_/);
    await checkPage('konto-nyckel');
    await screenshot('konto-nyckel');
  });

  it('shows the Grupper list to everyone signed in, passing axe and reflowing', async () => {
    await page.goto(`${world.baseUrl}/grupper`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Grupper');
    await checkPage('grupper-lista');
  });
});
