import { Injectable } from '@nestjs/common';
import { Clock } from '#libs/shared-kernel';
import { verificationError } from './verification-errors.js';

/** Verifications one client address may make per window: plenty for a person, little for a scraper. */
export const VERIFICATIONS_PER_WINDOW = 60;
export const WINDOW_MS = 60_000;
/** Addresses remembered at most; beyond it the oldest windows are forgotten (memory stays bounded). */
const MAX_ADDRESSES = 10_000;

/**
 * A per-address fixed-window throttle for the public verification (API and page): a hash lookup
 * is cheap, but hashing 20 MB uploads is not, and the endpoint needs no sign-in. Kept in the
 * process's memory (each API process counts its own): it protects the process, not a record.
 */
@Injectable()
export class VerificationThrottle {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(private readonly clock: Clock) {}

  /** Counts one verification from `address`; throws VERIFICATION.TOO_MANY_REQUESTS over the limit. */
  take(address: string | undefined): void {
    const key = address ?? 'unknown';
    const now = this.clock.now().getTime();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= WINDOW_MS) {
      this.windows.delete(key);
      if (this.windows.size >= MAX_ADDRESSES) this.windows.delete(this.windows.keys().next().value as string);
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count > VERIFICATIONS_PER_WINDOW) {
      throw verificationError.tooManyRequests(Math.ceil((window.startedAt + WINDOW_MS - now) / 1000));
    }
  }
}
