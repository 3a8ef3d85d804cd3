import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appendEvents, embeddedSettings, embeddedUrl, streamActivity, tempDataDir } from './service-data.js';
import {
  caughtUp,
  serviceTestHooks,
  startService,
  streamActivityOf,
  waitForExit,
  waitForHealth,
} from './service-process.js';

serviceTestHooks();

describe('npm start on a fresh machine (embedded PostgreSQL, no DATABASE_URL)', () => {
  it('comes up healthy, projects appended events and exposes the lag as Prometheus metrics', async () => {
    const dataDir = tempDataDir();
    const { settings, port } = await embeddedSettings(dataDir);
    const service = startService('api', { ...settings, METRICS_TOKEN: 'prometheus-token-0123456789' });

    const health = await waitForHealth(service, port, caughtUp());
    expect(health).toMatchObject({
      status: 'ok',
      database: 'up',
      // Nothing installed, nothing sent: e-mail is off until SMTP_HOST is set, and says so.
      mail: { sending: false, pending: 0, oldestPendingAt: null, failed: 0 },
    });
    expect(streamActivityOf(health)).toMatchObject({ lagEvents: 0, position: 0, deadLetters: 0 });
    expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(true); // its own cluster, in DATA_DIR
    expect(service.logs().map((line) => line.msg)).toEqual(
      expect.arrayContaining([
        `Created a PostgreSQL cluster in ${join(dataDir, 'pg')}`,
        'e-mail is off (SMTP_HOST is not set): messages wait in the outbox as pending',
        expect.stringMatching(/^Started the embedded PostgreSQL on 127\.0\.0\.1:\d+/),
        expect.stringMatching(
          new RegExp(`^listening on http://127\\.0\\.0\\.1:${port} \\(health: /health, metrics: /metrics`),
        ),
      ]),
    );

    const url = embeddedUrl(dataDir);
    await appendEvents(url, 'tenant-a', 'meeting-1', 3);
    await appendEvents(url, 'tenant-a', 'meeting-2', 1);
    await appendEvents(url, 'tenant-b', 'meeting-1', 2);

    const projected = await waitForHealth(service, port, caughtUp(6));
    expect(projected.status).toBe('ok');
    expect(streamActivityOf(projected)).toMatchObject({ lagEvents: 0, position: 6, deadLetters: 0 });
    expect(
      (await streamActivity(url)).map((row) => [
        row.tenant_id,
        row.stream_id,
        row.event_count,
        row.last_event_type,
      ]),
    ).toEqual([
      ['tenant-a', 'meeting-1', 3, 'Tested'],
      ['tenant-a', 'meeting-2', 1, 'Tested'],
      ['tenant-b', 'meeting-1', 2, 'Tested'],
    ]);

    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`, {
      headers: { Authorization: 'Bearer prometheus-token-0123456789' },
    });
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await metrics.text();
    expect(text).toContain('# TYPE samverkan_projection_lag_events gauge\n');
    expect(text.split('\n')).toContain('samverkan_projection_lag_events{projection="stream-activity"} 0');
    expect(text.split('\n')).toContain('samverkan_event_store_head_position 6');
    // HTTP requests by route template, and the runtime's own figures (prom-client).
    expect(text).toMatch(
      /^http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} [1-9]/m,
    );
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);

    // Probes for an orchestrator: liveness asks nothing of the database, readiness does.
    const probe = async (path: string) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      return [response.status, await response.json()];
    };
    expect(await probe('/health/live')).toEqual([200, { status: 'alive' }]);
    expect(await probe('/health/ready')).toEqual([200, { status: 'ready' }]);

    service.child.kill('SIGTERM');
    expect(await waitForExit(service)).toEqual({ code: 0, signal: null });
  });
});
