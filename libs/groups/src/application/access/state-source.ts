/**
 * Where an exact read of one stream's state comes from: its read-model row when the row was
 * folded to the stream's current version (the one indexed lookup in the stream catalogue), a fold
 * of the stream when the stream is ahead of its row (the projection lags, or the change was made a
 * moment ago: read-your-own-change), nothing when there is no stream.
 */
export type StateSource = 'row' | 'fold' | 'none';

/**
 * @param rowVersion the stream version the read-model row was built from (undefined: no row yet)
 * @param streamVersion the stream's current version in the catalogue (undefined: no such stream)
 */
export function stateSource(rowVersion: number | undefined, streamVersion: number | undefined): StateSource {
  if (streamVersion === undefined || streamVersion === 0) return 'none';
  // Never trust a row that is not exactly at the stream: behind it lacks the latest events, and
  // one ahead (a restored database, a rebuilt row of another history) is not this stream's state.
  return rowVersion === streamVersion ? 'row' : 'fold';
}
