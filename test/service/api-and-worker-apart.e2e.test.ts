import { createTestDatabase, freePort, type TestDatabase } from '#libs/testing';
import { appendEvents, streamActivity } from './service-data.js';
import {
  caughtUp,
  type ServiceProcess,
  serviceTestHooks,
  startService,
  waitForExit,
  waitForHealth,
  waitForLog,
} from './service-process.js';

let database: TestDatabase;
serviceTestHooks();
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop()); // after the hooks' afterEach has stopped the processes

async function stop(service: ServiceProcess): Promise<string[]> {
  service.child.kill('SIGTERM');
  expect(await waitForExit(service)).toEqual({ code: 0, signal: null });
  return service.logs().map((line) => line.msg);
}

describe('an API process and a worker process on a configured PostgreSQL (DATABASE_URL)', () => {
  it('lets the worker project what is appended while the API reports the lag from the database', async () => {
    const port = await freePort();
    const api = startService('api', {
      DATABASE_URL: database.url,
      PORT: String(port),
      WORKER_IN_PROCESS: 'false',
      METRICS_TOKEN: 'prometheus-token-0123456789',
    });
    const alone = await waitForHealth(api, port);
    // No projection has run yet; the API sends no mail (the worker does), and nothing waits.
    expect(alone).toEqual({
      status: 'ok',
      database: 'up',
      projections: [],
      mail: { sending: false, pending: 0, oldestPendingAt: null, failed: 0 },
    });

    const startWorker = async () => {
      const worker = startService('worker', { DATABASE_URL: database.url });
      await waitForLog(worker, /^worker started$/);
      return worker;
    };
    let worker = await startWorker();
    expect(worker.logs().map((line) => line.msg)).toContainEqual(
      expect.stringMatching(/^running \d+ projection\(s\): (.*, )?stream-activity(,|$)/),
    );
    await appendEvents(database.url, 'tenant-a', 'meeting-1', 3);
    await appendEvents(database.url, 'tenant-a', 'meeting-2', 2);

    await waitForHealth(api, port, caughtUp(5));
    expect((await streamActivity(database.url)).map((row) => [row.stream_id, row.event_count])).toEqual([
      ['meeting-1', 3],
      ['meeting-2', 2],
    ]);

    // With the worker stopped, what is appended waits, and the API (running no projection) says so.
    const workerLog = await stop(worker);
    expect(workerLog).toEqual(
      expect.arrayContaining(['SIGTERM: shutting down', 'projections drained', 'stopped']),
    );
    expect(workerLog).not.toContainEqual(expect.stringMatching(/embedded PostgreSQL/));
    await appendEvents(database.url, 'tenant-a', 'meeting-3', 4);
    const behind = await waitForHealth(api, port);
    expect(behind.projections).toContainEqual(
      expect.objectContaining({ projection: 'stream-activity', lagEvents: 4 }),
    );
    const metrics = await (
      await fetch(`http://127.0.0.1:${port}/metrics`, {
        headers: { Authorization: 'Bearer prometheus-token-0123456789' },
      })
    ).text();
    expect(metrics.split('\n')).toContain('samverkan_projection_lag_events{projection="stream-activity"} 4');

    worker = await startWorker(); // resumes from its checkpoint
    await waitForHealth(api, port, caughtUp(9));
    expect((await streamActivity(database.url)).map((row) => [row.stream_id, row.event_count])).toEqual([
      ['meeting-1', 3],
      ['meeting-2', 2],
      ['meeting-3', 4],
    ]);

    const apiLog = await stop(api);
    expect(apiLog).not.toContain('projections drained'); // it never ran any
    await stop(worker);
  });
});
