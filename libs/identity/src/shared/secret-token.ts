import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 256 bits, too many to guess, short enough for a cookie or header. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored in place of a session id or API token. A plain (unsalted, fast) hash is enough
 * here: the secret is 256 random bits, so there is nothing to brute-force, and a fast hash keeps
 * lookups by hash possible. A database leak then yields nothing that authenticates.
 */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
