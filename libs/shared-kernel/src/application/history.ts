import type { StoredEvent } from '#libs/event-store';

/** One fact of a stream as the history endpoints show it. */
export interface HistoryEntry {
  /** The stream version this event made (1 for the first). */
  version: number;
  type: string;
  data: unknown;
  /** The account whose command recorded it. */
  actor: string | null;
  /** When it happened, as the command said (the handler's clock). */
  at: string | null;
  /** When the store committed it. */
  recordedAt: string;
}

export function toHistoryEntry(event: StoredEvent): HistoryEntry {
  const at = (event.data as { at?: unknown } | null)?.at;
  return {
    version: event.streamPosition,
    type: event.type,
    data: event.data,
    actor: typeof event.metadata.actor === 'string' ? event.metadata.actor : null,
    at: typeof at === 'string' ? at : null,
    recordedAt: event.createdAt.toISOString(),
  };
}
