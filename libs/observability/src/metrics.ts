import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The process's one Prometheus registry (prom-client): the runtime's own metrics (CPU, memory,
 * event-loop delay, GC, handles) from collectDefaultMetrics, the HTTP request histogram below, and
 * whatever gauges the service sets at each scrape. One per process, made on first use: tests start
 * several apps in one process, and a metric name may be registered only once.
 */
let registry: Registry | undefined;
let requestDuration: Histogram<'method' | 'route' | 'status'> | undefined;

export function metricsRegistry(): Registry {
  if (registry === undefined) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry });
  }
  return registry;
}

let streamReads: Counter<'stream_type'> | undefined;
let streamEventsRead: Counter<'stream_type'> | undefined;

/**
 * The event store's reads of one stream (a fold, a history), by stream type, and the events they
 * returned: what the read models are there to keep small. A request reads the stream it changes
 * (and the organisation where it needs it); a figure that grows with the meetings of a group says
 * something folds its history (issue 14; test/api/stream-reads-per-request.e2e.test.ts counts them).
 */
export function countStreamRead(streamType: string, events: number): void {
  streamReads ??= new Counter({
    name: 'event_store_stream_reads_total',
    help: 'Reads of one event stream (folds and histories), by stream type.',
    labelNames: ['stream_type'],
    registers: [metricsRegistry()],
  });
  streamEventsRead ??= new Counter({
    name: 'event_store_stream_events_read_total',
    help: 'Events returned by reads of one event stream, by stream type.',
    labelNames: ['stream_type'],
    registers: [metricsRegistry()],
  });
  streamReads.inc({ stream_type: streamType });
  streamEventsRead.inc({ stream_type: streamType }, events);
}

function requestDurationHistogram(): Histogram<'method' | 'route' | 'status'> {
  requestDuration ??= new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status, with their duration.',
    labelNames: ['method', 'route', 'status'],
    // From a cached document page (a few ms) to a slow PDF (seconds).
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metricsRegistry()],
  });
  return requestDuration;
}

/** What Express adds to a request once a route matched it. */
type RoutedRequest = IncomingMessage & { baseUrl?: string; route?: { path?: unknown } };

/**
 * Express middleware: every finished request observed in http_request_duration_seconds (its
 * _count is the request rate by status). The route label is the matched template
 * (`/api/meetings/:meetingId`), never the raw path, so ids do not make a series each; a request
 * no route matched is `unmatched`.
 */
export function httpMetrics() {
  const histogram = requestDurationHistogram();
  return (req: RoutedRequest, res: ServerResponse, next: () => void): void => {
    const stop = histogram.startTimer();
    res.on('finish', () => {
      const template =
        typeof req.route?.path === 'string' ? `${req.baseUrl ?? ''}${req.route.path}` : undefined;
      stop({ method: req.method ?? 'GET', route: template ?? 'unmatched', status: String(res.statusCode) });
    });
    next();
  };
}

let readRequests: Counter<'served_by' | 'reason'> | undefined;
let replicaWaits: Histogram<'outcome'> | undefined;

/**
 * With DATABASE_READ_URL: the API's read requests by the server that served them (replica or
 * primary) and why (no-write, replayed, wait-timed-out, replica-error, write-running).
 */
export function readRequestsCounter(): Counter<'served_by' | 'reason'> {
  readRequests ??= new Counter({
    name: 'samverkan_read_requests_total',
    help: 'Read requests by the database server that served them (replica or primary) and why.',
    labelNames: ['served_by', 'reason'],
    registers: [metricsRegistry()],
  });
  return readRequests;
}

/** A caller's read that waited for the replica to replay their own write: how long, and how it ended. */
export function replicaWaitHistogram(): Histogram<'outcome'> {
  replicaWaits ??= new Histogram({
    name: 'samverkan_replica_wait_seconds',
    help: "Reads that waited for the replica to replay the caller's last write (outcome replayed, wait-timed-out or replica-error).",
    labelNames: ['outcome'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
    registers: [metricsRegistry()],
  });
  return replicaWaits;
}
