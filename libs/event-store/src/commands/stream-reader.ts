import { type Decider, foldEvents } from '#libs/ddd';
import type { PgEventStore } from '../store/pg-event-store.js';
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
}

export const toDomainEvent = <E extends DomainEvent>({ type, data }: StoredEvent): E => ({ type, data }) as E;

/** Reads streams and folds them with their decider. Until read models exist, every query folds. */
export class StreamReader {
  constructor(private readonly store: PgEventStore) {}

  async load<C, E extends DomainEvent, S>(
    stream: StreamRef,
    decider: Decider<C, E, S>,
  ): Promise<LoadedStream<S>> {
    const stored = await this.store.readStream(stream.tenantId, stream.streamId);
    return {
      state: foldEvents(
        decider,
        stored.map((event) => toDomainEvent<E>(event)),
      ),
      version: stored.at(-1)?.streamPosition ?? 0,
    };
  }

  /** As load, but a stream that does not exist is a not_found error with `<TYPE>.NOT_FOUND`. */
  async loadExisting<C, E extends DomainEvent, S>(
    stream: StreamRef,
    decider: Decider<C, E, S>,
  ): Promise<LoadedStream<S>> {
    const loaded = await this.load(stream, decider);
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
