import { type Decider, foldEvents } from '#libs/ddd';
import type { PgEventStore } from '../store/pg-event-store.js';
import type { SnapshotPolicy } from '../store/snapshots.js';
import type { StoredEvent, StreamRef } from '../store/types.js';
import { commandError } from './command-errors.js';

/** Every decider event is `{ type, data }`; the store keeps ids, positions and metadata beside it. */
export interface DomainEvent {
  type: string;
  data: unknown;
}

/** A stream folded to the state its decider sees, and the version it was read at (0: no stream). */
export interface LoadedStream<S> {
  state: S;
  version: number;
  /** The version of the snapshot the fold started from (0: from the start). */
  snapshotVersion?: number;
}

export const toDomainEvent = <E extends DomainEvent>({ type, data }: StoredEvent): E => ({ type, data }) as E;

/** Reads streams and folds them with their decider (from a snapshot where the aggregate keeps them). */
export class StreamReader {
  constructor(private readonly store: PgEventStore) {}

  /**
   * With a snapshot policy (the aggregate opted in): its newest snapshot of that schema, if any,
   * and the events after it, folded on from the snapshot's state: the same state as a fold from
   * the start (snapshot-loading.int.test.ts), from one row and at most some tens of events.
   */
  async load<C, E extends DomainEvent, S>(
    stream: StreamRef,
    decider: Decider<C, E, S>,
    snapshots?: SnapshotPolicy,
  ): Promise<LoadedStream<S>> {
    const snapshot = snapshots
      ? await this.store.snapshots.newest(stream.tenantId, stream.streamId, snapshots.schema)
      : undefined;
    const from = snapshot?.version ?? 0;
    const stored = await this.store.readStream(stream.tenantId, stream.streamId, from);
    const events = stored.map((event) => toDomainEvent<E>(event));
    return {
      state: snapshot ? events.reduce(decider.evolve, snapshot.state as S) : foldEvents(decider, events),
      version: stored.at(-1)?.streamPosition ?? from,
      snapshotVersion: from,
    };
  }

  /** As load, but a stream that does not exist is a not_found error with `<TYPE>.NOT_FOUND`. */
  async loadExisting<C, E extends DomainEvent, S>(
    stream: StreamRef,
    decider: Decider<C, E, S>,
    snapshots?: SnapshotPolicy,
  ): Promise<LoadedStream<S>> {
    const loaded = await this.load(stream, decider, snapshots);
    if (loaded.version === 0) throw commandError.streamNotFound(stream);
    return loaded;
  }

  /** Every stored event of an existing stream, for history views. */
  async history(stream: StreamRef): Promise<StoredEvent[]> {
    const stored = await this.store.readStream(stream.tenantId, stream.streamId);
    if (stored.length === 0) throw commandError.streamNotFound(stream);
    return stored;
  }

  /** The ids of a tenant's streams of one type (see PgEventStore.streamIds). */
  streamIds(tenantId: string, streamType: string): Promise<string[]> {
    return this.store.streamIds(tenantId, streamType);
  }

  /** Their versions too (see PgEventStore.streamVersions). */
  streamVersions(tenantId: string, streamType: string): Promise<Map<string, number>> {
    return this.store.streamVersions(tenantId, streamType);
  }

  /** The versions of some streams of one type (see PgEventStore.streamVersionsOf). */
  streamVersionsOf(
    tenantId: string,
    streamType: string,
    ids: readonly string[],
  ): Promise<Map<string, number>> {
    return this.store.streamVersionsOf(tenantId, streamType, ids);
  }
}
