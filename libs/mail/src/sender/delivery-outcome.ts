/**
 * What to do with a message SMTP did not take: try again later, or give up on it.
 *
 * Only a refusal of this message (its envelope or content answered with a 5xx) is final: the
 * address does not exist, the content is refused; sending it again would be refused again, so it
 * is recorded as failed and shown. Everything else is the way to the server (down, unreachable,
 * TLS, a wrong password, a 4xx "try later"): it says nothing about the message, which is kept and
 * tried again with a growing wait, for as long as it takes: a message is never dropped because the
 * SMTP server was away.
 */
export type DeliveryOutcome = { retry: true; delayMs: number } | { retry: false; reason: string };

/** nodemailer's error codes for a refusal of the message itself, not of the connection. */
const MESSAGE_REFUSALS = new Set(['EENVELOPE', 'EMESSAGE']);

export interface SmtpFailure {
  code?: unknown;
  responseCode?: unknown;
  message?: unknown;
}

export function deliveryOutcome(error: SmtpFailure, attempts: number, maxDelayMs: number): DeliveryOutcome {
  const refusedForGood =
    typeof error.code === 'string' &&
    MESSAGE_REFUSALS.has(error.code) &&
    (typeof error.responseCode !== 'number' || (error.responseCode >= 500 && error.responseCode < 600));
  if (refusedForGood) return { retry: false, reason: describe(error) };
  return { retry: true, delayMs: retryDelayMs(attempts, maxDelayMs) };
}

/** 1 s after the first failure, doubling, at most `maxDelayMs`. */
export function retryDelayMs(attempts: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, 1000 * 2 ** Math.min(Math.max(attempts - 1, 0), 30));
}

/** The server's own words where it gave some (`550 5.1.1 No such user`), else the error's. */
export function describe(error: SmtpFailure): string {
  const text = typeof error.message === 'string' ? error.message : String(error);
  return text.slice(0, 500);
}
