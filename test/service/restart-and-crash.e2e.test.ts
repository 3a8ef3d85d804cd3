import {
  appendEvents,
  embeddedSettings,
  embeddedUrl,
  isPostgresRunning,
  postmasterOf,
  query,
  streamActivity,
  tempDataDir,
} from './service-data.js';
import {
  caughtUp,
  serviceTestHooks,
  startService,
  streamActivityOf,
  waitForExit,
  waitForHealth,
} from './service-process.js';

serviceTestHooks();

describe('the same DATA_DIR across runs', () => {
  it('keeps the events and the read model across a clean stop and a second start', async () => {
    const dataDir = tempDataDir();
    const first = await embeddedSettings(dataDir);
    const firstRun = startService('api', first.settings);
    await waitForHealth(firstRun, first.port);
    await appendEvents(embeddedUrl(dataDir), 'tenant-a', 'meeting-1', 4);
    await waitForHealth(firstRun, first.port, caughtUp(4));
    const before = await streamActivity(embeddedUrl(dataDir));
    firstRun.child.kill('SIGTERM');
    expect(await waitForExit(firstRun)).toEqual({ code: 0, signal: null });
    expect(postmasterOf(dataDir)).toBeUndefined();

    const second = await embeddedSettings(dataDir); // other ports: the data, not the port, carries over
    const secondRun = startService('api', second.settings);
    const health = await waitForHealth(secondRun, second.port);

    expect(secondRun.logs().map((line) => line.msg)).not.toContainEqual(
      expect.stringMatching(/^Created a PostgreSQL cluster/),
    );
    expect(streamActivityOf(health)).toMatchObject({ lagEvents: 0, position: 4 });
    const url = embeddedUrl(dataDir);
    expect(
      await query(url, 'SELECT stream_position::int AS v FROM es_events ORDER BY global_position'),
    ).toEqual([1, 2, 3, 4].map((v) => ({ v })));
    expect(await streamActivity(url)).toEqual(before);
    expect(before).toEqual([expect.objectContaining({ stream_id: 'meeting-1', event_count: 4 })]);

    await appendEvents(url, 'tenant-a', 'meeting-1', 1); // and it carries on from there
    await waitForHealth(secondRun, second.port, caughtUp(5));
    expect((await streamActivity(url))[0].event_count).toBe(5);
    secondRun.child.kill('SIGTERM');
    expect(await waitForExit(secondRun)).toEqual({ code: 0, signal: null });
  });

  it('after a crash (SIGKILL) adopts the orphaned PostgreSQL, serves, and stops it on SIGTERM', async () => {
    const dataDir = tempDataDir();
    const first = await embeddedSettings(dataDir);
    const crashed = startService('api', first.settings);
    await waitForHealth(crashed, first.port);
    await appendEvents(embeddedUrl(dataDir), 'tenant-a', 'meeting-1', 2);
    await waitForHealth(crashed, first.port, caughtUp(2));
    const orphan = postmasterOf(dataDir)!;

    crashed.child.kill('SIGKILL');
    expect(await waitForExit(crashed)).toEqual({ code: null, signal: 'SIGKILL' });
    expect(isPostgresRunning(orphan.pid)).toBe(true); // detached: it outlives its owner
    expect(await query(embeddedUrl(dataDir), 'SELECT count(*)::int AS n FROM es_events')).toEqual([{ n: 2 }]);

    const second = await embeddedSettings(dataDir);
    const restarted = startService('api', second.settings);
    const health = await waitForHealth(restarted, second.port, caughtUp(2));

    expect(restarted.logs().map((line) => line.msg)).toContain(
      `Adopted the embedded PostgreSQL on 127.0.0.1:${orphan.port} (pid ${orphan.pid}) left by a stopped process`,
    );
    expect(postmasterOf(dataDir)).toEqual(orphan); // the same server, not a second one
    expect(health).toMatchObject({ status: 'ok', database: 'up' });
    expect((await streamActivity(embeddedUrl(dataDir)))[0].event_count).toBe(2);

    restarted.child.kill('SIGTERM');
    expect(await waitForExit(restarted)).toEqual({ code: 0, signal: null });
    expect(restarted.logs().map((line) => line.msg)).toContain(
      `Stopped the embedded PostgreSQL (pid ${orphan.pid})`,
    );
    expect(isPostgresRunning(orphan.pid)).toBe(false);
    expect(postmasterOf(dataDir)).toBeUndefined();
  });
});
