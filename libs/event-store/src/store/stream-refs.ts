import type { StreamRef } from './types.js';

/**
 * The stream of one aggregate instance: its id is `<type>-<id>`, always inside a tenant. Every
 * writer names streams this way, so the store can list a type's ids and name them in errors.
 */
export const streamRef = (streamType: string, tenantId: string, id: string): StreamRef => ({
  tenantId,
  streamId: `${streamType}-${id}`,
  streamType,
});

/** The aggregate's own id: the stream id without its `<type>-` prefix. */
export function idInStream({ streamId, streamType }: StreamRef): string {
  const prefix = `${streamType}-`;
  return streamId.startsWith(prefix) ? streamId.slice(prefix.length) : streamId;
}

/** The type a stream id names (`meeting-…` → meeting; the one type with a hyphen, `follow-up-…`, too). */
export function streamTypeOf(streamId: string): string {
  return /^(follow-up|[a-z]+)-/.exec(streamId)?.[1] ?? 'other';
}
