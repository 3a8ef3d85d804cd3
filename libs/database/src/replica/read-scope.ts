import { AsyncLocalStorage } from 'node:async_hooks';

/** Where the database work of the current async context goes: the replica, or (the default) the primary. */
export type ReadTarget = 'replica' | 'primary';

const scope = new AsyncLocalStorage<ReadTarget>();

/**
 * Runs work (and everything it awaits or starts) against target. Only a request that reads and
 * writes nothing may run on the replica: there every write fails (SQLSTATE 25006, read-only).
 * Outside any scope, and in the worker (projections, the outbox, reminders), it is the primary.
 */
export function runOn<T>(target: ReadTarget, work: () => T): T {
  return scope.run(target, work);
}

export function readsGoToReplica(): boolean {
  return scope.getStore() === 'replica';
}
