import { metricsRegistry } from '#libs/observability';

/** What was read, by stream type: how many stream reads and how many events they returned. */
export type StreamReads = Record<string, { streams: number; events: number }>;

async function counters(): Promise<StreamReads> {
  const reads: StreamReads = {};
  for (const [name, field] of [
    ['event_store_stream_reads_total', 'streams'],
    ['event_store_stream_events_read_total', 'events'],
  ] as const) {
    const metric = metricsRegistry().getSingleMetric(name);
    for (const { labels, value } of (await metric?.get())?.values ?? []) {
      const type = String(labels.stream_type);
      reads[type] ??= { streams: 0, events: 0 };
      reads[type][field] = value;
    }
  }
  return reads;
}

/**
 * The streams one request read, from the event store's counters (one process, one request at a
 * time, nothing else running: the worker's projections are run by the test between requests).
 * Types it did not read are left out; checks the status first.
 */
export async function streamReadsOf(
  send: () => PromiseLike<{ status: number }>,
  status: number,
): Promise<StreamReads> {
  const before = await counters();
  const response = await send();
  expect(response.status).toBe(status);
  const after = await counters();
  const delta: StreamReads = {};
  for (const [type, { streams, events }] of Object.entries(after)) {
    const was = before[type] ?? { streams: 0, events: 0 };
    if (streams > was.streams) delta[type] = { streams: streams - was.streams, events: events - was.events };
  }
  return delta;
}
