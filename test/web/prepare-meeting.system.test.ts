/**
 * A chair prepares a meeting in a real browser (Debian's chromium, driven by playwright-core), by
 * keyboard alone: from Min sida to the group's page, schedules a meeting (a mistyped date first),
 * finds the returning follow-up on its agenda with its origin, adds an item, moves it, declines a
 * union's item (first without the reason it needs), and issues the kallelse. axe-core (WCAG 2.1 AA)
 * on every page and state; reflow at 320 px. Screenshots go to .tmp/screens/web-*.png.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { carryOverProjection } from '#libs/meetings';
import { projectToHead } from '../api/support/project-to-head.js';
import { axeViolations } from '../system/support/axe.js';
import { type Chromium, launchChromium } from '../system/support/chromium.js';
import { collectPageErrors, scrollsSideways } from './support/page-checks.js';
import { PASSWORD, PEOPLE, startWebWorld, TENANT, type WebWorld } from './support/web-world.js';

const SCREENS = '.tmp/screens';

interface Focused {
  id: string;
  textContent: string | null;
}

describe('preparing a meeting in chromium, by keyboard', () => {
  let world: WebWorld;
  let browser: Chromium;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    world = await startWebWorld();
    await projectToHead(world.app, [carryOverProjection]);
    browser = await launchChromium();
    page = await browser.context.newPage();
    collectPageErrors(page, errors);
    await mkdir(SCREENS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  const screenshot = (name: string) =>
    page.screenshot({ path: `${SCREENS}/web-${name}.png`, fullPage: true });

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

  /** Clears the focused text field and types. */
  async function retype(text: string): Promise<void> {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
  }

  /** The agenda item with this title (the item's own heading, not the options that name it). */
  const itemTitled = (title: string | RegExp) =>
    page.locator('.agenda__item').filter({ has: page.locator('.agenda__title', { hasText: title }) });

  async function reflowsAt320(name: string): Promise<void> {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await page.reload();
      expect({ name, sideways: await scrollsSideways(page) }).toEqual({ name, sideways: false });
      await expectNoAxeViolations(`${name} at 320 px`);
      await screenshot(`${name}-320`);
    } finally {
      await page.setViewportSize({ width: 1100, height: 900 });
    }
  }

  it('signs in and goes from Min sida to the group’s page', async () => {
    await page.goto(`${world.baseUrl}/`);
    await tabTo('tenant');
    await page.keyboard.type(TENANT);
    await tabTo('email');
    await page.keyboard.type(PEOPLE.chair.email);
    await tabTo('password');
    await page.keyboard.type(PASSWORD);
    await enter();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Min sida');
    await tabTo(/^Gruppens sida/);
    await enter();
    expect(new URL(page.url()).pathname).toBe(`/grupper/${world.groupId}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('<script>');
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expectNoAxeViolations('Grupp');
    await screenshot('grupp');
    await reflowsAt320('grupp');
  });

  it('schedules a meeting: a date that does not exist is shown at its field, then the meeting is made', async () => {
    await tabTo('datum');
    await page.keyboard.type('2019-02-30');
    await tabTo('start');
    await page.keyboard.type('13.00');
    await tabTo('slut');
    await page.keyboard.type('15.00');
    await tabTo('plats');
    await page.keyboard.type('Kvarnen, sal 3');
    await enter();
    expect(await page.locator('#datum-fel').innerText()).toContain('Ange ett datum som finns');
    expect(await page.locator('#plats').inputValue()).toBe('Kvarnen, sal 3');
    await expectNoAxeViolations('Grupp, schedule refused');
    await screenshot('grupp-fel');

    await tabTo('datum');
    await retype('2019-03-04');
    await tabTo('schemalagg');
    await enter();
    expect(new URL(page.url()).pathname).toMatch(/^\/moten\/[^/]+\/forbered$/);
    expect(await page.getByRole('status').innerText()).toContain('Mötet är schemalagt');
    // The follow-up due 25 February returns here, with where it came from.
    const returning = itemTitled('introduktion');
    expect(await returning.innerText()).toMatch(
      /Återrapportering av uppföljning från .*2019-02-04, senast 2019-02-25/,
    );
    await expectNoAxeViolations('Förbered möte, scheduled');
    await screenshot('forbered-mote');
  });

  it('adds an item, moves it above the returning one, and declines a union’s item with the reason it needs', async () => {
    await tabTo('ny-titel');
    await page.keyboard.type('Arbetsmiljöenkäten 2019');
    // Dialog, the section where the returning follow-up stands: one step down the list of kinds.
    await tabTo('ny-typ');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#ny-typ').inputValue()).toBe('dialog');
    await tabTo('ny-minuter');
    await page.keyboard.type('15');
    await tabTo('lagg-till');
    await enter();
    expect(await page.getByRole('status').innerText()).toContain('Punkten är tillagd');

    const titles = () => page.locator('.agenda__title').allInnerTexts();
    const before = await titles();
    const added = before.indexOf('Arbetsmiljöenkäten 2019');
    await page.locator('#dagordning').focus();
    await tabTo(/^Flytta upp: Arbetsmiljöenkäten 2019$/);
    await enter();
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
    await tabTo(/^Ändra eller ta bort: Schemaläggning på Kvarnen$/);
    await page.keyboard.press('Enter');
    await tabTo(/^Avslå och ta bort punkten$/);
    await enter();
    const item = itemTitled('Schemaläggning på Kvarnen');
    expect(await item.locator('.ds-validation-message').innerText()).toContain(
      'tas bara bort med en motivering',
    );
    await expectNoAxeViolations('Förbered möte, decline refused');
    await screenshot('forbered-mote-fel');
    // The refused form stays open with the error at the reason field; the keyboard goes on from there.
    const reason = (await item.locator('textarea').getAttribute('id')) ?? '';
    expect(await item.locator('textarea').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#dagordning').focus();
    await tabTo(reason);
    await page.keyboard.type('Frågan tas upp i LSG Kvarnen den 11 mars.');
    await tabTo(/^Avslå och ta bort punkten$/, 3);
    await enter();
    expect(await page.getByRole('status').innerText()).toContain('borttagen');
    expect(await page.locator('#borttagna').isVisible()).toBe(true);
    expect(await page.locator('section', { hasText: 'Borttagna punkter' }).innerText()).toContain(
      'Frågan tas upp i LSG Kvarnen den 11 mars.',
    );
  });

  it('issues the kallelse by keyboard and links to it, its PDF and .ics; the page reflows at 320 px', async () => {
    await page.locator('#kallelse').focus();
    await tabTo('skicka-kallelse');
    await enter();
    expect(await page.getByRole('status').innerText()).toContain('Kallelsen är skickad');
    expect(await page.getByRole('link', { name: 'Kalenderinbjudan (.ics)' }).getAttribute('href')).toMatch(
      /kallelse\.ics$/,
    );
    expect(await page.getByRole('link', { name: 'Kallelsen som PDF' }).getAttribute('href')).toMatch(
      /kallelse\.pdf$/,
    );
    await expectNoAxeViolations('Förbered möte, kallelse issued');
    await screenshot('forbered-mote-kallelse');
    await reflowsAt320('forbered-mote');
    expect(errors).toEqual([]);
  });
  it('moves the meeting by keyboard from the opened "Flytta mötet"; a wrong time is shown at its field', async () => {
    await page.locator('summary', { hasText: 'Flytta mötet' }).click();
    await page.locator('summary', { hasText: 'Ställ in mötet' }).click();
    await expectNoAxeViolations('Förbered möte, move and cancel opened');
    await page.locator('#flytta-start').fill('25.00');
    await page.locator('#flytta-start').focus();
    await tabTo('flytta');
    await enter();
    expect(await page.locator('#flytta-start-fel').innerText()).toContain('Ange när mötet börjar');
    await expectNoAxeViolations('Förbered möte, move refused');
    await screenshot('forbered-mote-flytta-fel');
    await page.locator('#flytta-start').fill('13.30');
    await page.locator('#flytta-start').focus();
    await tabTo('flytta');
    await enter();
    expect(await page.getByRole('status').innerText()).toContain('Mötet är flyttat');
    expect(await page.locator('main').innerText()).toContain('13.30');
    expect(errors).toEqual([]);
  });
});
