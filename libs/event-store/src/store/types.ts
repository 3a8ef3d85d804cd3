/** Who did what and why: stored with every event, never used by deciders. */
export interface EventMetadata {
  actor?: string;
  correlationId?: string;
  causationId?: string;
  commandId?: string;
  [key: string]: unknown;
}

/** An event as a writer hands it over: the store assigns positions. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  eventId: string;
  type: Type;
  data: Data;
  schemaVersion?: number;
  metadata?: EventMetadata;
}

/** An event as read back, with its place in the stream and in the global log. */
export interface StoredEvent<Type extends string = string, Data = unknown> {
  eventId: string;
  type: Type;
  data: Data;
  schemaVersion: number;
  metadata: EventMetadata;
  tenantId: string;
  streamId: string;
  streamPosition: number;
  globalPosition: number;
  /** xid8 of the writing transaction, as a decimal string (it does not fit a JS number safely). */
  transactionId: string;
  createdAt: Date;
}

/**
 * What the writer believes the stream's version to be:
 * a number (exact), 'no_stream', 'stream_exists' or 'any'.
 */
export type ExpectedVersion = number | 'no_stream' | 'stream_exists' | 'any';

export interface StreamRef {
  tenantId: string;
  streamId: string;
  /** e.g. 'meeting'; kept in es_streams for listing and diagnostics. */
  streamType: string;
}

export interface AppendOptions {
  expected: ExpectedVersion;
  /** Re-sending the same command id appends nothing and returns the first result. */
  commandId?: string;
  /**
   * What the command asked for, hashed (see requestFingerprint): kept with the command id, so a
   * later request with the same id can be told apart from a retry of this one.
   */
  fingerprint?: string;
}

export interface AppendResult {
  nextExpectedVersion: number;
  firstPosition: number;
  lastPosition: number;
  /** true when the command id had been seen: nothing was appended this time. */
  replayed: boolean;
}

/** One stream's part of an append to several streams in one transaction (appendToStreams). */
export interface StreamAppend {
  stream: StreamRef;
  events: readonly NewEvent[];
  expected: ExpectedVersion;
}

/** What appendToStreams did, per stream in the order given (for a replay: as the first time). */
export interface StreamsAppendResult {
  streams: Array<Omit<AppendResult, 'replayed'> & { streamId: string }>;
  replayed: boolean;
}

/** A command id the store has seen, and where its events went. */
export interface ProcessedCommand {
  streamId: string;
  /** The stream's version right after the command's events were appended. */
  nextExpectedVersion: number;
  /** The request's fingerprint as appended (null when it was appended without one). */
  fingerprint: string | null;
}

/** A position in the global log: readers page and checkpoint by this pair, in this order. */
export interface LogPosition {
  transactionId: string;
  globalPosition: number;
}

export const LOG_START: LogPosition = { transactionId: '0', globalPosition: 0 };
