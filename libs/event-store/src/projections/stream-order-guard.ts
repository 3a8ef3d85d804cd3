import { StreamOrderViolationError } from '../store/errors.js';
import type { StoredEvent } from '../store/types.js';

/**
 * Checks that each stream's events arrive in position order with no gap. The write rules make a
 * violation impossible; this turns a broken rule into a loud stop instead of a silently wrong
 * read model. Streams first met mid-way (after a restart) are learned, not judged.
 * `verify` judges a batch without remembering it; `remember` is called once the batch committed,
 * so a batch that is rolled back and read again is not mistaken for a repeat.
 */
export class StreamOrderGuard {
  private lastSeen = new Map<string, number>();

  constructor(private readonly maxStreams = 200_000) {}

  verify(events: readonly StoredEvent[]): void {
    const inBatch = new Map<string, number>();
    for (const event of events) {
      const key = `${event.tenantId}/${event.streamId}`;
      const last = inBatch.get(key) ?? this.lastSeen.get(key);
      if (last !== undefined && event.streamPosition !== last + 1) {
        throw new StreamOrderViolationError(key, last + 1, event.streamPosition);
      }
      inBatch.set(key, event.streamPosition);
    }
  }

  remember(events: readonly StoredEvent[]): void {
    for (const event of events)
      this.lastSeen.set(`${event.tenantId}/${event.streamId}`, event.streamPosition);
    // Bounded memory: forgetting only weakens the check for streams met again later.
    if (this.lastSeen.size > this.maxStreams) this.lastSeen = new Map();
  }

  forget(): void {
    this.lastSeen = new Map();
  }
}
