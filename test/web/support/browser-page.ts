/**
 * What every chromium test of the pages does with its page: open the browser with the page's
 * errors collected, take screenshots, run axe (WCAG 2.1 AA) at full width and at 320 px, move by
 * Tab as a keyboard user would, and wait for the page a form answers with.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { axeViolations } from '../../system/support/axe.js';
import { type Chromium, launchChromium } from '../../system/support/chromium.js';
import { collectPageErrors, scrollsSideways } from './page-checks.js';
import { PASSWORD, TENANT } from './web-world.js';

/** Where the screenshots go (looked at by people, not compared). */
export const SCREENS = '.tmp/screens';

const WIDE = { width: 1100, height: 900 };
const NARROW = { width: 320, height: 800 };

export interface BrowserPage {
  browser: Chromium;
  page: Page;
  /** Script errors and CSP refusals of every page opened with `watch` (see collectPageErrors). */
  errors: string[];
  /** A second tab of the same browser (same cookies), its errors collected too. */
  newTab(): Promise<Page>;
  close(): Promise<void>;
}

export async function openBrowserPage(): Promise<BrowserPage> {
  const browser = await launchChromium();
  const errors: string[] = [];
  const newTab = async () => {
    const tab = await browser.context.newPage();
    collectPageErrors(tab, errors);
    return tab;
  };
  const page = await newTab();
  await mkdir(SCREENS, { recursive: true });
  return { browser, page, errors, newTab, close: () => browser.close() };
}

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });

export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  expect({ state, violations: await axeViolations(page) }).toEqual({ state, violations: [] });
}

/**
 * axe finds nothing, and at 320 px the page neither scrolls sideways (WCAG 1.4.10) nor fails axe.
 * `screen` names the screenshots taken at both widths; `reload` lays the page out anew at 320 px.
 */
export async function expectAccessible(
  page: Page,
  state: string,
  options: { screen?: string; reload?: boolean } = {},
): Promise<void> {
  await expectNoAxeViolations(page, state);
  if (options.screen) await screenshot(page, options.screen);
  await page.setViewportSize(NARROW);
  try {
    if (options.reload) await page.reload();
    expect({ state, sideways: await scrollsSideways(page) }).toEqual({ state, sideways: false });
    await expectNoAxeViolations(page, `${state} at 320 px`);
    if (options.screen) await screenshot(page, `${options.screen}-320`);
  } finally {
    await page.setViewportSize(WIDE);
  }
}

interface Focusable {
  id: string;
  textContent: string | null;
}

/** The focused element's id and text (white space folded). */
export const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const active = (globalThis as unknown as { document: { activeElement: Focusable | null } }).document
      .activeElement;
    return { id: active?.id ?? '', text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim() };
  });

/**
 * Presses Tab until the focus is on the element with this id (a string), or whose text is this
 * text or matches this pattern, as a keyboard user would; fails after `limit` presses.
 */
export async function tabTo(
  page: Page,
  target: string | { text: string | RegExp },
  limit = 120,
): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const { id, text } = await focusedElement(page);
    if (typeof target === 'string' ? id === target : matches(target.text, text)) return;
  }
  throw new Error(`Tab never reached ${typeof target === 'string' ? `#${target}` : String(target.text)}`);
}

const matches = (wanted: string | RegExp, text: string) =>
  typeof wanted === 'string' ? text === wanted : wanted.test(text);

/** Runs what submits a form (a key, a click) and waits for the page that answers it, after redirects. */
export async function submitting(page: Page, action: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForNavigation(), action()]);
}

/** Presses a key (Enter by default) on the focused control and waits for the page that answers. */
export const pressAndWait = (page: Page, key = 'Enter') => submitting(page, () => page.keyboard.press(key));

/** Signs in on the sign-in form at `url` (which leads there and back), and waits for where it leads. */
export async function signInThrough(page: Page, url: string, email: string, password = PASSWORD) {
  await page.goto(url);
  await page.locator('#tenant').fill(TENANT);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await submitting(page, () => page.locator('#password').press('Enter'));
}
