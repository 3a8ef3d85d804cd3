/**
 * The web pages in a real browser (Debian's chromium, driven by playwright-core): signing in by
 * keyboard alone, Min sida, signing out; axe-core (WCAG 2.1 AA) on every page and state; reflow at
 * 320 px without sideways scrolling of the page. Screenshots go to .tmp/screens/web-*.png.
 * Needs chromium (`npm run test:system`; .ci/run installs it).
 */
import type { Page } from 'playwright-core';
import {
  type BrowserPage,
  expectNoAxeViolations,
  openBrowserPage,
  screenshot,
  submitting,
  tabTo,
} from './support/browser-page.js';
import { scrollsSideways } from './support/page-checks.js';
import { PASSWORD, PEOPLE, startWebWorld, TENANT, type WebWorld } from './support/web-world.js';

describe('the web pages in chromium', () => {
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

  it('signs in by keyboard alone, shows a wrong password next to the form, and lands on Min sida', async () => {
    const kallelse = `/api/meetings/${world.meetingIds.next}/documents/kallelse.html`;
    await page.goto(`${world.baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(await page.title()).toBe('Logga in – Samverkan');
    await expectNoAxeViolations(page, 'sign-in');
    await screenshot(page, 'web-logga-in');

    // The skip link comes first and is visible when focused.
    await page.keyboard.press('Tab');
    expect(
      await page
        .locator('.ds-skip-link')
        .evaluate(
          (link) =>
            link === (link as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
        ),
    ).toBe(true);
    expect(await page.locator('.ds-skip-link').isVisible()).toBe(true);

    await tabTo(page, 'tenant');
    await page.keyboard.type(TENANT);
    await tabTo(page, 'email');
    await page.keyboard.type(PEOPLE.chair.email);
    await tabTo(page, 'password');
    await page.keyboard.type('fel lösenord');
    await submitting(page, () => page.keyboard.press('Enter'));
    expect(await page.getByRole('alert').innerText()).toContain('Inloggningen misslyckades');
    await expectNoAxeViolations(page, 'wrong password');
    await screenshot(page, 'web-logga-in-fel-losenord');

    // Tenant and e-mail are kept; only the password is typed again.
    expect(await page.locator('#email').inputValue()).toBe(PEOPLE.chair.email);
    await tabTo(page, 'password');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${world.baseUrl}/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Min sida');
    expect(await page.locator('header').innerText()).toContain('Jenny Gräslund');
    // The group's name is hostile HTML: shown as text, its script never run.
    expect(await page.getByRole('heading', { level: 3 }).first().innerText()).toContain('<script>');
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expectNoAxeViolations(page, 'Min sida');
    await screenshot(page, 'web-min-sida');
    expect(await page.getByRole('link', { name: /Kallelse/ }).getAttribute('href')).toBe(kallelse);
    expect(errors).toEqual([]);
  });

  it('reflows Min sida at 320 px: no sideways scrolling of the page, tables scroll in their own region', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await page.goto(`${world.baseUrl}/`);
      expect(await scrollsSideways(page)).toBe(false);
      await expectNoAxeViolations(page, 'Min sida at 320 px');
      await screenshot(page, 'web-min-sida-320');
    } finally {
      await page.setViewportSize({ width: 1100, height: 900 });
    }
  });

  it('shows a refused form (CSRF) as a page that passes axe, and the session stays', async () => {
    await page.goto(`${world.baseUrl}/`);
    await page.locator('input[name="_csrf"]').evaluate((input) => {
      (input as unknown as { value: string }).value = 'not-the-token';
    });
    await submitting(page, () => page.getByRole('button', { name: 'Logga ut' }).click());
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Det här får du inte göra');
    await expectNoAxeViolations(page, 'refused form');
    await screenshot(page, 'web-fel-403');
    await page.goto(`${world.baseUrl}/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Min sida');
  });

  it('signs out by keyboard, and tells a throttled account when to try again', async () => {
    await page.goto(`${world.baseUrl}/`);
    // Focus the sign-out button from the start of the page and press Enter.
    await tabTo(page, { text: 'Logga ut' }, 10);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${world.baseUrl}/logga-in`);

    // The sign-in page reflows at 320 px too.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'web-logga-in-320');
    await page.setViewportSize({ width: 1100, height: 900 });

    // Nothing filled in: each field says what is missing.
    await submitting(page, () => page.getByRole('button', { name: 'Logga in' }).click());
    expect(await page.locator('#email-fel').innerText()).toBe('Fyll i din e-postadress.');
    await expectNoAxeViolations(page, 'missing fields');
    await screenshot(page, 'web-logga-in-saknas');

    for (let attempt = 0; attempt <= 10; attempt += 1) {
      await page.locator('#tenant').fill(TENANT);
      await page.locator('#email').fill(PEOPLE.admin.email);
      await page.locator('#password').fill(`gissning ${attempt}`);
      await submitting(page, () => page.getByRole('button', { name: 'Logga in' }).click());
    }
    expect(await page.getByRole('alert').innerText()).toContain('För många misslyckade inloggningar');
    await expectNoAxeViolations(page, 'throttled');
    await screenshot(page, 'web-logga-in-sparrad');
    expect(errors).toEqual([]);
  });
});
