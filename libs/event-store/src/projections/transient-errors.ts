import { errorChain, isConnectionError } from '../store/connection-errors.js';

/**
 * Whether a failure is worth trying again unchanged: the database or the connection to it was in
 * the way (a deadlock, a lock or statement timeout, a restart), not the event. Anything else is
 * the event's or the projection's fault, and retrying the same event would fail the same way.
 * Connection failures have their one classifier in store/connection-errors.ts (the HTTP edge answers 503 on the same).
 */
export function isTransientError(error: unknown): boolean {
  if (error instanceof WaitingForReadModel) return true;
  if (isConnectionError(error)) return true;
  for (const candidate of errorChain(error)) {
    if (typeof candidate.code === 'string' && CONTENTION_SQLSTATES.has(candidate.code)) return true;
  }
  return false;
}

/** The server was reachable but busy: trying the same again later may pass. */
const CONTENTION_SQLSTATES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available (lock_timeout)
  '57014', // query_canceled (statement_timeout)
  '53300', // too_many_connections
]);

/**
 * Thrown by a reaction that acts on what a read model says about an event (the invitations read
 * the kallelse the documents projection built) when that read model has not applied the event yet.
 * Projections run side by side, each at its own pace: the batch is tried again after a backoff, as
 * for a busy database, instead of acting on a state from before the event.
 */
export class WaitingForReadModel extends Error {
  override readonly name = 'WaitingForReadModel';
}
