import { bearerToken, clearedSessionCookieHeader, readCookie, sessionCookieHeader } from '#libs/identity';

describe('reading the Cookie header (no cookie-parser in Express)', () => {
  it('finds the cookie among others, with any spacing', () => {
    expect(readCookie('svk_session=abc', 'svk_session')).toBe('abc');
    expect(readCookie('theme=dark;svk_session=abc;  lang=sv', 'svk_session')).toBe('abc');
    expect(readCookie(' theme=dark ; svk_session = abc ', 'svk_session')).toBe('abc');
  });

  it('finds nothing in a missing header, a different cookie, or a name that only starts the same', () => {
    expect(readCookie(undefined, 'svk_session')).toBeUndefined();
    expect(readCookie('', 'svk_session')).toBeUndefined();
    expect(readCookie('svk_session_old=abc; xsvk_session=def', 'svk_session')).toBeUndefined();
    expect(readCookie('svk_session', 'svk_session')).toBeUndefined();
  });

  it('takes the first of two, unquotes, and survives bad %-escapes', () => {
    expect(readCookie('svk_session=first; svk_session=second', 'svk_session')).toBe('first');
    expect(readCookie('svk_session="abc"', 'svk_session')).toBe('abc');
    expect(readCookie('svk_session=a%20b', 'svk_session')).toBe('a b');
    expect(readCookie('svk_session=%E0%A4%A', 'svk_session')).toBe('%E0%A4%A');
  });
});

describe('reading the Authorization header', () => {
  it('takes a Bearer token, with the scheme in any case', () => {
    expect(bearerToken('Bearer svk_abc')).toBe('svk_abc');
    expect(bearerToken('bearer   svk_abc')).toBe('svk_abc');
  });

  it('ignores other schemes and malformed values', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
  });
});

describe('writing the session cookie', () => {
  const expiresAt = new Date('2025-03-11T08:00:00Z');

  it('is HttpOnly, SameSite=Lax, for the whole site, until the session’s absolute end', () => {
    expect(sessionCookieHeader('tok', expiresAt, { secureCookie: false })).toBe(
      'svk_session=tok; Path=/; Expires=Tue, 11 Mar 2025 08:00:00 GMT; HttpOnly; SameSite=Lax',
    );
  });

  it('is Secure when configured, also when cleared', () => {
    expect(sessionCookieHeader('tok', expiresAt, { secureCookie: true })).toMatch(/; Secure$/);
    expect(clearedSessionCookieHeader({ secureCookie: true })).toBe(
      'svk_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax; Secure',
    );
  });
});
