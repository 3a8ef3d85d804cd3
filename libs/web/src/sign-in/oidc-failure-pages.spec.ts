import type { OidcFailure } from '#libs/identity';
import { oidcFailurePage } from './oidc-failure-pages.js';

const REASONS: OidcFailure[] = [
  'no-provider',
  'provider-unavailable',
  'no-attempt',
  'state-mismatch',
  'provider-error',
  'claim-missing',
  'email-unverified',
  'no-account',
  'account-disabled',
];

describe('the pages of a sign-in through the provider that signed nobody in', () => {
  it('give every reason its own Swedish heading and a status that is no 500', () => {
    const pages = REASONS.map((reason) => oidcFailurePage(reason));
    expect(new Set(pages.map(({ heading }) => heading)).size).toBe(REASONS.length);
    for (const page of pages) {
      expect([400, 403, 404, 502]).toContain(page.status);
      expect(page.text).toMatch(/[åäö]/);
    }
  });

  it("show the provider's own error code when it sent one", () => {
    expect(oidcFailurePage('provider-error', 'access_denied').text).toContain('(felkod access_denied)');
    expect(oidcFailurePage('provider-error').text).not.toContain('felkod');
  });

  it('say that accounts are not created from the provider', () => {
    expect(oidcFailurePage('no-account').text).toContain('Konton skapas inte automatiskt');
  });
});
