/** The page a signed-out visitor is sent on to after signing in, when `next` says nothing usable. */
export const HOME = '/';

const MAX_LENGTH = 2000;
const PLACEHOLDER_ORIGIN = 'http://samverkan.invalid';

/**
 * `next` as a path on this service, or HOME: only a path that starts with one `/` (not `//host`
 * or `/\host`, which browsers read as another site), no scheme, no control characters, and that
 * stays on this origin once parsed. So the sign-in page can send people back where they were
 * without becoming an open redirect.
 */
export function localPath(next: unknown): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > MAX_LENGTH) return HOME;
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return HOME;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(next)) return HOME;
  try {
    const url = new URL(next, PLACEHOLDER_ORIGIN);
    if (url.origin !== PLACEHOLDER_ORIGIN) return HOME;
    // The sign-in page itself is no place to come back to.
    if (url.pathname === '/logga-in') return HOME;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return HOME;
  }
}

/** The sign-in page that sends the visitor back to `path` afterwards. */
export function signInPathFor(path: string): string {
  const next = localPath(path);
  return next === HOME ? '/logga-in' : `/logga-in?next=${encodeURIComponent(next)}`;
}
