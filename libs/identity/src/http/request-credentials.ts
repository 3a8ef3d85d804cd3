import type { IncomingHttpHeaders } from 'node:http';
import { SESSION_COOKIE } from '#libs/http';

/**
 * The browser session cookie. Its value is the session token; the server keeps only its sha256.
 * Named in libs/http, whose OpenAPI document declares it as a security scheme.
 */
export { SESSION_COOKIE };

export type RequestCredentials =
  { kind: 'none' } | { kind: 'session'; token: string } | { kind: 'api-token'; token: string };

/**
 * What a request authenticates with. A Bearer token wins over a cookie: a program that sends
 * one means it, and must not silently act as whoever's cookie happens to be in the jar.
 */
export function credentialsOf(headers: IncomingHttpHeaders): RequestCredentials {
  const bearer = bearerToken(headers.authorization);
  if (bearer !== undefined) return { kind: 'api-token', token: bearer };
  const session = readCookie(headers.cookie, SESSION_COOKIE);
  if (session !== undefined && session !== '') return { kind: 'session', token: session };
  return { kind: 'none' };
}

/** `Authorization: Bearer <token>` (scheme case-insensitive, RFC 9110); other schemes are ignored. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * One cookie from a Cookie header (RFC 6265 §5.4: `a=1; b=2`). Express does not parse cookies
 * without the cookie-parser package; this is all we need of it. The first occurrence wins, as in
 * browsers that send the most specific path first.
 */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator === -1 || pair.slice(0, separator).trim() !== name) continue;
    let value = pair.slice(separator + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value; // malformed %-escapes: hand it over as is; it will not resolve anyway
    }
  }
  return undefined;
}
