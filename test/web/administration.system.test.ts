/**
 * Administration in a real browser (Debian's chromium, driven by playwright-core): every admin page
 * and the Grupper list pass axe-core (WCAG 2.1 AA) and reflow at 320 px without sideways scrolling,
 * in their refused and "token shown once" states too; and an admin, by keyboard alone, adds a union
 * organisation (first with an empty name, reaching the field from the error summary's link) and
 * adds a member to a group. Screenshots go to .tmp/screens/web-admin-*.png.
 */
import type { Page } from 'playwright-core';
import {
  type BrowserPage,
  expectAccessible,
  expectNoAxeViolations,
  focusedElement,
  openBrowserPage,
  pressAndWait,
  screenshot,
  tabTo,
} from './support/browser-page.js';
import { PASSWORD, PEOPLE, startWebWorld, TENANT, type WebWorld } from './support/web-world.js';

describe('Administration in chromium', () => {
  let world: WebWorld;
  let browser: BrowserPage;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    world = await startWebWorld();
    browser = await openBrowserPage();
    ({ page, errors } = browser);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });
  afterEach(() => {
    expect(errors).toEqual([]);
  });

  it('signs in by keyboard and reaches Administration from the menu', async () => {
    await page.goto(`${world.baseUrl}/`);
    await tabTo(page, 'tenant');
    await page.keyboard.type(TENANT);
    await tabTo(page, 'email');
    await page.keyboard.type(PEOPLE.admin.email);
    await tabTo(page, 'password');
    await page.keyboard.type(PASSWORD);
    await pressAndWait(page);
    await tabTo(page, { text: /^Administration$/ });
    await pressAndWait(page);
    expect(new URL(page.url()).pathname).toBe('/administration');
    await expectAccessible(page, 'oversikt', { screen: 'web-admin-oversikt' });
  });

  it('adds a union organisation by keyboard: an empty name first, the field reached from the summary', async () => {
    await tabTo(page, { text: /^Organisation och enheter$/ });
    await pressAndWait(page);
    expect(new URL(page.url()).pathname).toBe('/administration/organisation');
    await expectAccessible(page, 'organisation', { screen: 'web-admin-organisation' });

    await tabTo(page, 'lagg-till-facklig');
    await pressAndWait(page);
    // The summary takes focus (progressive enhancement); its link leads to the field.
    expect((await focusedElement(page)).id).toBe('felsammanfattning');
    await expectNoAxeViolations(page, 'organisation, refused');
    await tabTo(page, { text: /^Fältet får inte vara tomt\.$/ }, 5);
    await page.keyboard.press('Enter');
    expect((await focusedElement(page)).id).toBe('facklig-namn');
    await page.keyboard.type('Kommunal');
    await tabTo(page, 'lagg-till-facklig', 5);
    await pressAndWait(page);
    expect(await page.getByRole('status').innerText()).toContain('Den fackliga organisationen är tillagd');
    expect(await page.locator('#fackliga ~ .table-scroll').innerText()).toContain('Kommunal');
  });

  it('adds a member to a group by keyboard, from the list of groups', async () => {
    await page.goto(`${world.baseUrl}/administration`);
    // Past the menu's own "Grupper" (the list for everyone) to the administration's.
    await page.locator('#innehall').focus();
    await tabTo(page, { text: /^Grupper$/ });
    await pressAndWait(page);
    await expectAccessible(page, 'grupper', { screen: 'web-admin-grupper' });
    await tabTo(page, { text: /FSG <b>Socialförvaltningen<\/b>$/ });
    await pressAndWait(page);
    expect(new URL(page.url()).pathname).toBe(`/administration/grupper/${world.groupId}`);
    await expectAccessible(page, 'grupp', { screen: 'web-admin-grupp' });

    // The only account not in the group yet is the admin's own: one step down from "Välj person".
    await tabTo(page, 'ledamot-person');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'ledamot-roll');
    // From the default, ledamot, one step up.
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#ledamot-roll').inputValue()).toBe('sekreterare');
    await tabTo(page, 'lagg-till-ledamot');
    await pressAndWait(page);
    expect(await page.getByRole('status').innerText()).toContain('Ledamoten är tillagd');
    expect(await page.locator('#ledamoter ~ .table-scroll').innerText()).toMatch(
      /Ada Åström\s+Arbetsgivaren\s+sekreterare/,
    );
    await screenshot(page, 'web-admin-grupp');
  });

  it('shows the accounts, an account, and a new API token once, each passing axe and reflowing', async () => {
    await page.goto(`${world.baseUrl}/administration/konton`);
    await expectAccessible(page, 'konton', { screen: 'web-admin-konton' });
    await Promise.all([page.waitForNavigation(), page.locator('#skapa-konto').click()]);
    expect(await page.locator('#felsammanfattning').innerText()).toContain('Fyll i personens namn.');
    await expectNoAxeViolations(page, 'konton, refused');

    await page.goto(`${world.baseUrl}/administration/konton/${world.ids.vision}`);
    await expectAccessible(page, 'konto', { screen: 'web-admin-konto' });
    await page.locator('#nyckel-namn').fill('Diariets import');
    await Promise.all([page.waitForNavigation(), page.locator('#skapa-nyckel').click()]);
    expect(await page.locator('#ny-nyckel').innerText()).toContain('visas bara den här gången');
    expect(await page.locator('#nyckel-text').inputValue()).toMatch(/^svk_/);
    await expectAccessible(page, 'konto-nyckel', { screen: 'web-admin-konto-nyckel' });
    await screenshot(page, 'web-admin-konto-nyckel');
  });

  it('shows the Grupper list to everyone signed in, passing axe and reflowing', async () => {
    await page.goto(`${world.baseUrl}/grupper`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Grupper');
    await expectAccessible(page, 'grupper-lista', { screen: 'web-admin-grupper-lista' });
  });
});
