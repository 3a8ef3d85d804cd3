/**
 * Under mötet in chromium: the chair of an APT raises an item to the group above by keyboard alone
 * ("Överlämna till …"), axe-core (WCAG 2.1 AA) and 320 px reflow before and after. Screenshots go
 * to .tmp/screens/under-motet-overlamna-*.png.
 */
import type { Page } from 'playwright-core';
import {
  type BrowserPage,
  expectAccessible,
  openBrowserPage,
  pressAndWait,
  signInThrough,
  tabTo,
} from './support/browser-page.js';
import { aptUnderWorld } from './support/apt-under-world.js';
import { PEOPLE, startWebWorld, type WebWorld } from './support/web-world.js';

describe('Under mötet in chromium: raising an item to the parent group', () => {
  let world: WebWorld;
  let browser: BrowserPage;
  let page: Page;
  let errors: string[];
  let path: string;

  beforeAll(async () => {
    world = await startWebWorld();
    const { meetingId } = await aptUnderWorld(world);
    world.clock.set('2019-03-11T12:05:00Z');
    path = `${world.baseUrl}/moten/${meetingId}/under-motet`;
    browser = await openBrowserPage();
    ({ page, errors } = browser);
    await signInThrough(page, path, PEOPLE.chair.email);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  it('raises the item with its question by keyboard, the page accessible before and after', async () => {
    await expectAccessible(page, 'an APT item that can be raised', { screen: 'under-motet-overlamna' });
    await tabTo(page, { text: /^Överlämna till / });
    await page.keyboard.press('Enter');
    await tabTo(page, 'overlamna-i-intro-question');
    await page.keyboard.type('Kan förvaltningen ta fram en gemensam introduktion, med å, ä och ö?');
    await tabTo(page, { text: /^Överlämna till / });
    await pressAndWait(page);
    const item = page.locator('#punkt-i-intro');
    expect(await item.innerText()).toContain(
      'Kan förvaltningen ta fram en gemensam introduktion, med å, ä och ö?',
    );
    expect(await item.innerText()).toContain('Överlämnad');
    await expectAccessible(page, 'the item raised', { screen: 'under-motet-overlamnad' });
    expect(errors).toEqual([]);
  });
});
