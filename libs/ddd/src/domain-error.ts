/**
 * What kind of failure an error is. Every context raises DomainError with one of these, and the
 * HTTP edge maps the kind (never the code, never a class) to a status in one exhaustive switch.
 */
export type ErrorKind =
  /** A business rule is broken (MEETING.CLOSED): the request was understood but is refused. */
  | 'rule'
  /** The request itself is malformed (a bad header, a bad field). */
  | 'invalid'
  | 'not_found'
  /** Signed in, but not allowed to do this. */
  | 'forbidden'
  /** Not signed in, or the credentials are wrong. */
  | 'unauthenticated'
  /** If-Match named a version that is no longer current. */
  | 'precondition'
  /** Someone else changed the same thing at the same time; trying again may succeed. */
  | 'conflict'
  | 'rate_limited'
  /** The body is in a media type the endpoint does not read (only application/json is). */
  | 'unsupported_media_type'
  /** The body is larger than the endpoint takes (an uploaded file over its limit). */
  | 'too_large'
  /** Understood and well-formed, but cannot be processed as sent (an Idempotency-Key reused). */
  | 'unprocessable'
  /** Something the service needs (its database) is out of reach for now: the same request may pass later. */
  | 'unavailable';

/**
 * The one error every context raises for a failure a caller should see. `code` is stable (e.g.
 * `MEETING.CLOSED`) so that clients can act on it, and comes from the context's catalogue of
 * codes; `details` are facts a client may use (the item id, the current version).
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A broken business rule: the commonest kind, raised by every decider. */
export const ruleBroken = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError('rule', code, message, details);

/** The codes of a catalogue (`{ CLOSED: 'MEETING.CLOSED', … }`), for the list of every code. */
export const codesOf = (catalogue: Readonly<Record<string, string>>): string[] => Object.values(catalogue);
