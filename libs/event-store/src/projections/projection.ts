import type { EntityManager } from 'typeorm';
import type { StoredEvent } from '../store/types.js';

export interface ProjectionContext {
  /** The transaction the checkpoint is written in: read-model writes must go through it. */
  manager: EntityManager;
  /** true while a rebuild replays history. */
  replaying: boolean;
}

/**
 * A subscriber to the global log. Two kinds, because they differ in what replaying means:
 * - 'read-model': writes rows only; can be rebuilt from zero at any time.
 * - 'reaction': has side effects (e-mail, reminders sent). Never rebuilt or replayed: it starts at
 *   the head of the log when first registered, and a rebuild command refuses it, so history
 *   never re-sends an e-mail.
 */
export interface Projection {
  readonly name: string;
  readonly kind: 'read-model' | 'reaction';
  /** Event types this projection wants; others only advance its checkpoint. Omit for all. */
  readonly eventTypes?: readonly string[];
  /**
   * Applies a batch, in log order. Throwing rolls the batch back: a transient database error is
   * retried; any other halts the projection at the first event that fails (see apply-batch.ts).
   */
  apply(events: readonly StoredEvent[], context: ProjectionContext): Promise<void>;
  /**
   * Empties the read model, in the transaction that resets the checkpoint: how a read model that
   * declares no `tables` is rebuilt (in place, empty meanwhile). Read models only.
   */
  reset?(context: ProjectionContext): Promise<void>;
  /**
   * The tables this read model writes (and reads back). Declared, a rebuild replays into shadow
   * copies of them while readers and the live projection keep the live ones, then swaps them in
   * one short transaction (rebuild-shadow.ts). Undeclared, a rebuild empties the model with `reset`.
   */
  readonly tables?: readonly ShadowedTable[];
}

/** A table a read model writes. */
export interface ShadowedTable {
  name: string;
  /**
   * For a table shared with other projections (rm_documents holds three kinds), the condition that
   * selects this projection's rows, with $1… bound to `params`: only those rows are swapped.
   */
  rows?: { where: string; params: readonly unknown[] };
}

export function wants(projection: Projection, event: StoredEvent): boolean {
  return !projection.eventTypes || projection.eventTypes.includes(event.type);
}
