/**
 * A chair prepares a meeting in a real browser (Debian's chromium, driven by playwright-core), by
 * keyboard alone: from Min sida to the group's page, schedules a meeting (a mistyped date first),
 * finds the returning follow-up on its agenda with its origin, adds an item, moves it, declines a
 * union's item (first without the reason it needs), and issues the kallelse. axe-core (WCAG 2.1 AA)
 * on every page and state; reflow at 320 px. Screenshots go to .tmp/screens/web-*.png.
 */
import type { Page } from 'playwright-core';
import request from 'supertest';
import { invitationsReaction } from '#libs/invitations';
import { kallelserProjection } from '#libs/meeting-documents';
import { carryOverProjection } from '#libs/meetings';
import { projectToHead } from '../api/support/project-to-head.js';
import {
  type BrowserPage,
  expectAccessible,
  expectNoAxeViolations,
  openBrowserPage,
  pressAndWait,
  screenshot,
  tabTo,
} from './support/browser-page.js';
import { PASSWORD, PEOPLE, startWebWorld, TENANT, type WebWorld } from './support/web-world.js';

describe('preparing a meeting in chromium, by keyboard', () => {
  let world: WebWorld;
  let browser: BrowserPage;
  let page: Page;
  let errors: string[];
  const invitations = invitationsReaction({
    calendarDomain: 'samverkan.localhost',
    senderEmail: 'samverkan@samverkan.localhost',
    publicBaseUrl: 'http://127.0.0.1:3000',
  });

  beforeAll(async () => {
    world = await startWebWorld({ skyddskommitte: true });
    // The invitations reaction starts at the head of the log: registered before the kallelse.
    await projectToHead(world.app, [carryOverProjection, invitations]);
    browser = await openBrowserPage();
    ({ page, errors } = browser);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  /** Clears the focused text field and types. */
  async function retype(text: string): Promise<void> {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
  }

  /** The agenda item with this title (the item's own heading, not the options that name it). */
  const itemTitled = (title: string | RegExp) =>
    page.locator('.agenda__item').filter({ has: page.locator('.agenda__title', { hasText: title }) });

  it('signs in and goes from Min sida to the group’s page', async () => {
    await page.goto(`${world.baseUrl}/`);
    await tabTo(page, 'tenant');
    await page.keyboard.type(TENANT);
    await tabTo(page, 'email');
    await page.keyboard.type(PEOPLE.chair.email);
    await tabTo(page, 'password');
    await page.keyboard.type(PASSWORD);
    await pressAndWait(page);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Min sida');
    await tabTo(page, { text: /^Gruppens sida/ });
    await pressAndWait(page);
    expect(new URL(page.url()).pathname).toBe(`/grupper/${world.groupId}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('<script>');
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expectNoAxeViolations(page, 'Grupp');
    await screenshot(page, 'web-grupp');
    await expectAccessible(page, 'grupp', { screen: 'web-grupp', reload: true });
  });

  it('Grupp warns a skyddskommitté that has not met in three months, beside its AML 6:9 table', async () => {
    try {
      world.clock.set('2019-05-06T08:00:00Z');
      await page.reload();
      const warning = page.locator('[data-code="SKYDDSKOMMITTE.NOT_MET"]');
      expect(await warning.innerText()).toContain(
        'Gruppen har inte haft något möte sedan den 4 februari 2019',
      );
      const table = page.getByRole('table', { name: /Arbetsmiljöfrågor enligt AML 6 kap. 9 § år 2019/ });
      expect(await table.getByRole('rowheader', { name: 'Företagshälsovård' }).count()).toBe(1);
      await expectAccessible(page, 'Grupp, skyddskommitté warned', {
        screen: 'web-grupp-skyddskommitte',
        reload: true,
      });
    } finally {
      world.clock.set('2019-03-01T09:00:00Z');
      await page.reload();
    }
  });

  it('schedules a meeting: a date that does not exist is shown at its field, then the meeting is made', async () => {
    await tabTo(page, 'datum');
    await page.keyboard.type('2019-02-30');
    await tabTo(page, 'start');
    await page.keyboard.type('13.00');
    await tabTo(page, 'slut');
    await page.keyboard.type('15.00');
    await tabTo(page, 'plats');
    await page.keyboard.type('Kvarnen, sal 3');
    await pressAndWait(page);
    expect(await page.locator('#datum-fel').innerText()).toContain('Ange ett datum som finns');
    expect(await page.locator('#plats').inputValue()).toBe('Kvarnen, sal 3');
    await expectNoAxeViolations(page, 'Grupp, schedule refused');
    await screenshot(page, 'web-grupp-fel');

    await tabTo(page, 'datum');
    await retype('2019-03-04');
    await tabTo(page, 'schemalagg');
    await pressAndWait(page);
    expect(new URL(page.url()).pathname).toMatch(/^\/moten\/[^/]+\/forbered$/);
    expect(await page.getByRole('status').innerText()).toContain('Mötet är schemalagt');
    // The follow-up due 25 February returns here, with where it came from.
    const returning = itemTitled('introduktion');
    expect(await returning.innerText()).toMatch(
      /Återrapportering av uppföljning från .*2019-02-04, senast 2019-02-25/,
    );
    await expectNoAxeViolations(page, 'Förbered möte, scheduled');
    await screenshot(page, 'web-forbered-mote');
  });

  it('adds an item, moves it above the returning one, and declines a union’s item with the reason it needs', async () => {
    await tabTo(page, 'ny-titel');
    await page.keyboard.type('Arbetsmiljöenkäten 2019');
    // Dialog, the section where the returning follow-up stands: one step down the list of kinds.
    await tabTo(page, 'ny-typ');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#ny-typ').inputValue()).toBe('dialog');
    await tabTo(page, 'ny-minuter');
    await page.keyboard.type('15');
    await tabTo(page, 'lagg-till');
    await pressAndWait(page);
    expect(await page.getByRole('status').innerText()).toContain('Punkten är tillagd');

    const titles = () => page.locator('.agenda__title').allInnerTexts();
    const before = await titles();
    const added = before.indexOf('Arbetsmiljöenkäten 2019');
    await page.locator('#dagordning').focus();
    await tabTo(page, { text: /^Flytta upp: Arbetsmiljöenkäten 2019$/ });
    await pressAndWait(page);
    expect(await page.getByRole('status').innerText()).toContain('Punkten är flyttad');
    expect((await titles()).indexOf('Arbetsmiljöenkäten 2019')).toBe(added - 1);

    // Vision proposes an item (MBL §12); the chair declines it, first forgetting the reason.
    const meetingId = new URL(page.url()).pathname.split('/')[2];
    await request(world.server)
      .post(`/api/meetings/${meetingId}/agenda/proposals`)
      .set('Cookie', world.cookies.vision)
      .send({ title: 'Schemaläggning på Kvarnen', kind: 'dialog' })
      .expect(201);
    await page.reload();
    expect(await itemTitled('Schemaläggning på Kvarnen').innerText()).toContain('Begärd av Vision');
    await page.locator('#dagordning').focus();
    await tabTo(page, { text: /^Ändra eller ta bort: Schemaläggning på Kvarnen$/ });
    await page.keyboard.press('Enter');
    await tabTo(page, { text: /^Avslå och ta bort punkten$/ });
    await pressAndWait(page);
    const item = itemTitled('Schemaläggning på Kvarnen');
    expect(await item.locator('.ds-validation-message').innerText()).toContain(
      'tas bara bort med en motivering',
    );
    await expectNoAxeViolations(page, 'Förbered möte, decline refused');
    await screenshot(page, 'web-forbered-mote-fel');
    // The refused form stays open with the error at the reason field; the keyboard goes on from there.
    const reason = (await item.locator('textarea').getAttribute('id')) ?? '';
    expect(await item.locator('textarea').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#dagordning').focus();
    await tabTo(page, reason);
    await page.keyboard.type('Frågan tas upp i LSG Kvarnen den 11 mars.');
    await tabTo(page, { text: /^Avslå och ta bort punkten$/ }, 3);
    await pressAndWait(page);
    expect(await page.getByRole('status').innerText()).toContain('borttagen');
    expect(await page.locator('#borttagna').isVisible()).toBe(true);
    expect(await page.locator('section', { hasText: 'Borttagna punkter' }).innerText()).toContain(
      'Frågan tas upp i LSG Kvarnen den 11 mars.',
    );
  });

  it('issues the kallelse by keyboard and links to it, its PDF and .ics; the page reflows at 320 px', async () => {
    await page.locator('#kallelse').focus();
    await tabTo(page, 'skicka-kallelse');
    await pressAndWait(page);
    expect(await page.getByRole('status').innerText()).toContain('Kallelsen är skickad');
    expect(await page.getByRole('link', { name: 'Kalenderinbjudan (.ics)' }).getAttribute('href')).toMatch(
      /kallelse\.ics$/,
    );
    expect(await page.getByRole('link', { name: 'Kallelsen som PDF' }).getAttribute('href')).toMatch(
      /kallelse\.pdf$/,
    );
    await expectNoAxeViolations(page, 'Förbered möte, kallelse issued');
    await screenshot(page, 'web-forbered-mote-kallelse');
    // The worker records the invitations: "Utskick" lists them, its table reachable by keyboard.
    await projectToHead(world.app, [kallelserProjection, invitations]);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Utskick' }).count()).resolves.toBe(1);
    expect(await page.getByRole('region', { name: 'Tabell över utskick' }).innerText()).toContain(
      'Väntar på att skickas',
    );
    await expectNoAxeViolations(page, 'Förbered möte, Utskick');
    await screenshot(page, 'web-forbered-mote-utskick');
    await expectAccessible(page, 'forbered-mote', { screen: 'web-forbered-mote', reload: true });
    expect(errors).toEqual([]);
  });
  it('moves the meeting by keyboard from the opened "Flytta mötet"; a wrong time is shown at its field', async () => {
    await page.locator('summary', { hasText: 'Flytta mötet' }).click();
    await page.locator('summary', { hasText: 'Ställ in mötet' }).click();
    await expectNoAxeViolations(page, 'Förbered möte, move and cancel opened');
    await page.locator('#flytta-start').fill('25.00');
    await page.locator('#flytta-start').focus();
    await tabTo(page, 'flytta');
    await pressAndWait(page);
    expect(await page.locator('#flytta-start-fel').innerText()).toContain('Ange när mötet börjar');
    await expectNoAxeViolations(page, 'Förbered möte, move refused');
    await screenshot(page, 'web-forbered-mote-flytta-fel');
    await page.locator('#flytta-start').fill('13.30');
    await page.locator('#flytta-start').focus();
    await tabTo(page, 'flytta');
    await pressAndWait(page);
    expect(await page.getByRole('status').innerText()).toContain('Mötet är flyttat');
    expect(await page.locator('main').innerText()).toContain('13.30');
    expect(errors).toEqual([]);
  });
});
