import { Injectable } from '@nestjs/common';
import { type Decider, foldEvents } from '#libs/ddd';
import { PgEventStore, type StoredEvent, type StreamRef } from '#libs/event-store';
import { notFound } from './not-found.js';
import type { StreamType } from './streams.js';

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

/** Reads streams of the caller's tenant and folds them. Until read models exist, every query folds. */
@Injectable()
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

  /** As load, but a stream that does not exist is a 404 with `<TYPE>.NOT_FOUND`. */
  async loadExisting<C, E extends DomainEvent, S>(
    stream: StreamRef,
    decider: Decider<C, E, S>,
  ): Promise<LoadedStream<S>> {
    const loaded = await this.load(stream, decider);
    if (loaded.version === 0) throw notFoundFor(stream);
    return loaded;
  }

  async history(stream: StreamRef): Promise<StoredEvent[]> {
    const stored = await this.store.readStream(stream.tenantId, stream.streamId);
    if (stored.length === 0) throw notFoundFor(stream);
    return stored;
  }
}

export function notFoundFor(stream: StreamRef) {
  const type = stream.streamType as StreamType;
  return notFound(type, stream.streamId.slice(type.length + 1));
}
