/**
 * Whether an error says the database could not be reached or dropped the connection (refused,
 * reset, timed out, the server shutting down, crashed or still starting), as opposed to a query
 * that failed on its own merits. Such a failure is the server's, not the request's: it passes once
 * PostgreSQL is back, so callers answer 503 (HTTP) or retry (projections).
 */
export function isConnectionError(error: unknown): boolean {
  for (const candidate of errorChain(error)) {
    const code = typeof candidate.code === 'string' ? candidate.code : undefined;
    if (code && (code.startsWith('08') || CONNECTION_SQLSTATES.has(code) || CONNECTION_NODE_CODES.has(code)))
      return true;
    if (typeof candidate.message === 'string' && CONNECTION_MESSAGES.test(candidate.message)) return true;
    // TypeORM's query runner releases itself when its connection fails (its own error listener),
    // so the next statement of the same transaction says this instead of the connection's error.
    if ((candidate as { name?: unknown }).name === 'QueryRunnerAlreadyReleasedError') return true;
  }
  return false;
}

// SQLSTATE class 08 (connection exception) is matched by prefix above.
const CONNECTION_SQLSTATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (the server is starting or recovering)
]);

const CONNECTION_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/** node-postgres and pg-pool report a dropped or unobtainable connection with these and no code. */
const CONNECTION_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed/i;

export interface ErrorLike {
  code?: unknown;
  message?: unknown;
}

/**
 * The error, what TypeORM wrapped (driverError), what an AggregateError holds (a connect that tried
 * several addresses) and the `cause` chain: a few levels at most.
 */
export function* errorChain(error: unknown): Generator<ErrorLike> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && isObject(current); depth++) {
    const candidate = current as ErrorLike & { driverError?: unknown; cause?: unknown; errors?: unknown };
    yield candidate;
    if (isObject(candidate.driverError)) yield candidate.driverError as ErrorLike;
    if (Array.isArray(candidate.errors)) yield* candidate.errors.filter(isObject) as ErrorLike[];
    current = candidate.cause;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
