/**
 * A broken business rule. `code` is stable (e.g. `MEETING.CLOSED`) so that clients can act on it;
 * the HTTP layer maps every DomainError to 409 problem+json, never to a 500.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
