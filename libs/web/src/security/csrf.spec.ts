import { csrfTokenFor, isValidCsrfToken, newFormSecret } from './csrf.js';

describe('CSRF tokens tied to the cookie secret', () => {
  const session = newFormSecret();

  it('accepts the token made for the same secret, every time (any process computes it)', () => {
    expect(isValidCsrfToken(session, csrfTokenFor(session))).toBe(true);
    expect(csrfTokenFor(session)).toBe(csrfTokenFor(session));
  });

  it('refuses another session’s token, a changed one, none, and one without a secret to check it by', () => {
    const token = csrfTokenFor(session);
    expect(isValidCsrfToken(session, csrfTokenFor(newFormSecret()))).toBe(false);
    expect(isValidCsrfToken(session, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(isValidCsrfToken(session, `${token}x`)).toBe(false);
    expect(isValidCsrfToken(session, undefined)).toBe(false);
    expect(isValidCsrfToken(session, [token])).toBe(false);
    expect(isValidCsrfToken(undefined, token)).toBe(false);
  });

  it('does not give the secret away: the token is not the cookie', () => {
    expect(csrfTokenFor(session)).not.toContain(session);
  });
});
