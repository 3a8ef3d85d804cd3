/**
 * Whether a failure is worth trying again unchanged: the database or the connection to it was in
 * the way (a deadlock, a lock or statement timeout, a restart), not the event. Anything else is
 * the event's or the projection's fault, and retrying the same event would fail the same way.
 */
export function isTransientError(error: unknown): boolean {
  for (const candidate of causes(error)) {
    const code = typeof candidate.code === 'string' ? candidate.code : undefined;
    if (code && (TRANSIENT_SQLSTATES.has(code) || code.startsWith('08') || TRANSIENT_NODE_CODES.has(code)))
      return true;
    if (typeof candidate.message === 'string' && TRANSIENT_MESSAGES.test(candidate.message)) return true;
  }
  return false;
}

const TRANSIENT_SQLSTATES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available (lock_timeout)
  '57014', // query_canceled (statement_timeout)
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (the server is starting)
  '53300', // too_many_connections
]);
// SQLSTATE class 08 (connection exception) is matched by prefix above.

const TRANSIENT_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/** node-postgres reports a dropped connection with these messages and no code. */
const TRANSIENT_MESSAGES =
  /Connection terminated|connection timeout|Client has encountered a connection error|Client was closed/i;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
}

/** The error, what TypeORM wrapped (driverError) and the `cause` chain: a few levels at most. */
function* causes(error: unknown): Generator<ErrorLike> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const candidate = current as ErrorLike & { driverError?: unknown; cause?: unknown };
    yield candidate;
    if (typeof candidate.driverError === 'object' && candidate.driverError !== null)
      yield candidate.driverError as ErrorLike;
    current = candidate.cause;
  }
}
