import { Gauge } from 'prom-client';
import type { ProjectionStatus } from '#libs/event-store';
import { metricsRegistry } from '#libs/observability';

type ProjectionGauge = Gauge<'projection'>;

/** The service's own gauges, set from the database at each scrape (made once per process). */
let gauges:
  { perProjection: [ProjectionGauge, (status: ProjectionStatus) => number][]; head: Gauge } | undefined;

function serviceGauges(): NonNullable<typeof gauges> {
  if (gauges) return gauges;
  const registers = [metricsRegistry()];
  const projectionGauge = (name: string, help: string): ProjectionGauge =>
    new Gauge({ name, help, labelNames: ['projection'], registers });
  gauges = {
    perProjection: [
      [
        projectionGauge(
          'samverkan_projection_lag_events',
          'Committed events a projection has not applied yet (0 exactly when caught up; else estimated from log positions).',
        ),
        (s) => s.lagEvents,
      ],
      [
        projectionGauge(
          'samverkan_projection_lag_seconds',
          'Age of the oldest event a projection has not applied yet.',
        ),
        (s) => s.lagSeconds,
      ],
      [
        projectionGauge(
          'samverkan_projection_dead_letters',
          'Events a projection ever failed to apply (halted at, replayed or skipped).',
        ),
        (s) => s.deadLetters,
      ],
      [
        projectionGauge(
          'samverkan_projection_halted',
          'Whether a projection is halted at an event it cannot apply (1) or running (0).',
        ),
        (s) => (s.halted ? 1 : 0),
      ],
      [
        projectionGauge(
          'samverkan_projection_halted_position',
          'Global position of the event a halted projection stopped at (0 when running).',
        ),
        (s) => s.halted?.position ?? 0,
      ],
    ],
    head: new Gauge({
      name: 'samverkan_event_store_head_position',
      help: 'Highest global position in the event log.',
      registers,
    }),
  };
  return gauges;
}

/** The /metrics body (text format 0.0.4): the projections and log head as read now, and the process's own. */
export async function renderMetrics(projections: ProjectionStatus[], headPosition: number): Promise<string> {
  const { perProjection, head } = serviceGauges();
  for (const [gauge, pick] of perProjection) {
    // Reset first: a projection that is gone must not keep its last value.
    gauge.reset();
    for (const status of projections) gauge.set({ projection: status.projection }, pick(status));
  }
  head.set(headPosition);
  return metricsRegistry().metrics();
}
