/**
 * A global catch-up as a subscriber does it: pages in position order from the start, with every
 * global position read marked, so events skipped or read twice are counted, not assumed away.
 */
import type { PeerStore } from './store-peers.js';

class SeenPositions {
  private seen = new Uint8Array(1 << 16);
  read = 0;
  distinct = 0;

  mark(position: number) {
    if (position >= this.seen.length) {
      const grown = new Uint8Array(Math.max(position + 1, this.seen.length * 2));
      grown.set(this.seen);
      this.seen = grown;
    }
    this.read += 1;
    if (this.seen[position] === 0) this.distinct += 1;
    this.seen[position] = 1;
  }
}

export interface CatchUpResult {
  read: number;
  perSecond: number;
  missed: number;
  duplicated: number;
}

/**
 * Reads the whole log. With `writing` (a promise of writers still appending) it follows the head
 * until they are done and one more page comes back empty; the count of what is stored is taken
 * after that, so every missed event is one the store had committed.
 */
export async function catchUp(
  store: PeerStore,
  pageSize: number,
  writing?: Promise<unknown>,
): Promise<CatchUpResult> {
  const seen = new SeenPositions();
  let writersDone = writing === undefined;
  void writing?.then(() => (writersDone = true));
  let cursor = store.start;
  const started = performance.now();
  for (;;) {
    const done = writersDone; // read before the page: an empty page after the writers finished is the end
    const page = await store.readPage(cursor, pageSize);
    for (const position of page.positions) seen.mark(position);
    cursor = page.next;
    if (page.positions.length === 0) {
      if (done) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const { count } = await store.census();
  return {
    read: seen.read,
    perSecond: seen.read / seconds,
    missed: count - seen.distinct,
    duplicated: seen.read - seen.distinct,
  };
}
