/** Base class so callers can tell store failures from everything else. Codes are stable. */
export class EventStoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stream was not at the version the writer expected: reload, decide again, retry. */
export class ConcurrencyError extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly expected: string,
    readonly actual: number,
  ) {
    super('EVENT_STORE.VERSION_CONFLICT', `stream ${streamId} is at version ${actual}, expected ${expected}`);
  }
}

/**
 * The transaction had written before appending. Its transaction id was then assigned early, and a
 * reader ordering by transaction id could see this stream's later version before an earlier one.
 */
export class AppendNotFirstWriteError extends EventStoreError {
  constructor() {
    super('EVENT_STORE.APPEND_NOT_FIRST_WRITE', 'an append must be the first write in its transaction');
  }
}

export class InvalidAppendError extends EventStoreError {
  constructor(message: string) {
    super('EVENT_STORE.INVALID_APPEND', message);
  }
}

/** A reader met a stream position out of order: a bug or a broken write rule, never silently skipped. */
export class StreamOrderViolationError extends EventStoreError {
  constructor(streamKey: string, expectedPosition: number, actualPosition: number) {
    super(
      'EVENT_STORE.STREAM_ORDER_VIOLATION',
      `stream ${streamKey}: expected position ${expectedPosition}, read ${actualPosition}`,
    );
  }
}
