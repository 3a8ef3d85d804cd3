import type { ProjectionStatus } from '#libs/event-store';

/** Escapes a label value per the Prometheus text exposition format. */
function label(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function gauge(name: string, help: string, samples: [labels: string, value: number][]): string {
  return [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} gauge`,
    ...samples.map(([l, v]) => `${name}${l} ${v}`),
  ].join('\n');
}

/** The /metrics body (text format 0.0.4). */
export function renderMetrics(
  projections: ProjectionStatus[],
  headPosition: number,
  process: NodeJS.Process,
): string {
  const byProjection = (pick: (s: ProjectionStatus) => number): [string, number][] =>
    projections.map((s) => [`{projection="${label(s.projection)}"}`, pick(s)]);
  return (
    [
      gauge(
        'samverkan_projection_lag_events',
        'Committed events a projection has not applied yet.',
        byProjection((s) => s.lagEvents),
      ),
      gauge(
        'samverkan_projection_lag_seconds',
        'Age of the oldest event a projection has not applied yet.',
        byProjection((s) => s.lagSeconds),
      ),
      gauge(
        'samverkan_projection_dead_letters',
        'Events a projection ever failed to apply (halted at, replayed or skipped).',
        byProjection((s) => s.deadLetters),
      ),
      gauge(
        'samverkan_projection_halted',
        'Whether a projection is halted at an event it cannot apply (1) or running (0).',
        byProjection((s) => (s.halted ? 1 : 0)),
      ),
      gauge(
        'samverkan_projection_halted_position',
        'Global position of the event a halted projection stopped at (0 when running).',
        byProjection((s) => s.halted?.position ?? 0),
      ),
      gauge('samverkan_event_store_head_position', 'Highest global position in the event log.', [
        ['', headPosition],
      ]),
      gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', [
        ['', process.memoryUsage().rss],
      ]),
      gauge('process_uptime_seconds', 'Seconds since the process started.', [
        ['', Math.round(process.uptime())],
      ]),
    ].join('\n') + '\n'
  );
}
