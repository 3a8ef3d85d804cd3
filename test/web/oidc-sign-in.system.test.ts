/**
 * Signing in with the organisation's identity provider in a real browser (Debian's chromium): the
 * "Logga in med …" button reached by keyboard, through the provider's own login and consent pages
 * (oidc-provider on loopback) to Min sida; the page for a person without an account; signing out
 * at the provider and back. axe-core (WCAG 2.1 AA) and 320 px on our pages; screenshots in
 * .tmp/screens/web-oidc-*.png. Needs chromium (`npm run test:system`).
 */
import type { Page } from 'playwright-core';
import {
  type BrowserPage,
  expectAccessible,
  openBrowserPage,
  submitting,
  tabTo,
} from './support/browser-page.js';
import {
  ACCOUNTS,
  PASSWORD,
  PROVIDER_NAME,
  startOidcWorld,
  TENANT,
  type OidcWorld,
} from './support/oidc-world.js';

describe('signing in with the identity provider in chromium', () => {
  let world: OidcWorld;
  let browser: BrowserPage;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    world = await startOidcWorld();
    browser = await openBrowserPage();
    ({ page, errors } = browser);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  /** From the organisation's sign-in page, by keyboard to the button, then the provider's forms as `login`. */
  async function signInAtProvider(login: string) {
    await page.goto(`${world.baseUrl}/logga-in?organisation=${TENANT}`);
    await tabTo(page, 'logga-in-oidc');
    await submitting(page, () => page.keyboard.press('Enter'));
    expect(page.url().startsWith(world.provider.issuer)).toBe(true);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('vad som helst');
    await submitting(page, () => page.locator('input[name="password"]').press('Enter'));
    // The provider's consent page; its button sends the browser back to the service.
    await submitting(page, () => page.locator('button[type="submit"]').click());
  }

  it('offers "Logga in med <namn>" on the organisation\'s sign-in page, reachable by keyboard and accessible', async () => {
    await page.goto(`${world.baseUrl}/logga-in?organisation=${TENANT}`);
    const button = page.getByRole('link', { name: `Logga in med ${PROVIDER_NAME}` });
    expect(await button.isVisible()).toBe(true);
    await expectAccessible(page, 'sign-in with the provider button', { screen: 'web-oidc-logga-in' });
    expect(errors).toEqual([]);
  });

  it('signs Jenny in through the provider to Min sida, and signs her out at the provider and back', async () => {
    await signInAtProvider('jenny');
    await page.waitForURL(`${world.baseUrl}/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Min sida');
    expect(await page.locator('header').innerText()).toContain('Jenny Gräslund');

    // Logga ut: our session ends, the page refreshes on to the provider's end-session page.
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${world.provider.issuer}/session/end`));
    await submitting(page, () => page.getByRole('button', { name: 'Yes, sign me out' }).click());
    await page.waitForURL(world.addresses.postLogoutRedirectUri);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Logga in');
    await page.goto(`${world.baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    // The service's pages refused nothing under their CSP along the way.
    expect(errors).toEqual([]);
  });

  it('shows a person the provider knows but who has no account a Swedish page that passes axe', async () => {
    await signInAtProvider('okand');
    expect(new URL(page.url()).pathname).toBe('/logga-in/oidc/callback');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Du har inget konto här');
    expect(await page.locator('main').innerText()).toContain('Konton skapas inte automatiskt');
    await expectAccessible(page, 'no account', { screen: 'web-oidc-inget-konto' });
    await tabTo(page, { text: 'Till inloggningssidan' });
    await submitting(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(errors).toEqual([]);
  });

  it('lets the admin change the provider on the Organisation page by keyboard: a refusal at its field, accessible at 320 px', async () => {
    await page.goto(`${world.baseUrl}/logga-in?organisation=${TENANT}`);
    await page.locator('#email').fill(ACCOUNTS.admin.email);
    await page.locator('#password').fill(PASSWORD);
    await submitting(page, () => page.locator('#password').press('Enter'));
    await page.goto(`${world.baseUrl}/administration/organisation`);
    const section = page.locator('section', { has: page.locator('#inloggning-rubrik') });
    expect(await section.innerText()).toContain(`Logga in med ${PROVIDER_NAME}`);
    await expectAccessible(page, 'organisation page with a provider', { screen: 'web-oidc-administration' });

    await page.locator('#inloggning-issuer').fill('login.exempelstad.se');
    await page.locator('#inloggning-namn').focus();
    await submitting(page, () => page.keyboard.press('Enter'));
    expect(await page.locator('#felsammanfattning').innerText()).toContain(
      'Ange identitetsleverantörens adress',
    );
    expect(await page.locator('#inloggning-issuer').getAttribute('aria-invalid')).toBe('true');
    // The secret field is never filled in, not even after a refusal.
    expect(await page.locator('#inloggning-hemlighet').inputValue()).toBe('');
    await expectAccessible(page, 'refused provider settings', { screen: 'web-oidc-administration-fel' });

    await page.locator('#inloggning-issuer').fill(world.provider.issuer);
    await page.locator('#inloggning-namn').fill('Kommunens konto');
    await submitting(page, () => page.locator('#inloggning-namn').press('Enter'));
    expect(await page.locator('main').innerText()).toContain(
      'Inloggningen med identitetsleverantören är sparad.',
    );
    expect(await section.innerText()).toContain('Logga in med Kommunens konto');
    expect(errors).toEqual([]);
  });
});
