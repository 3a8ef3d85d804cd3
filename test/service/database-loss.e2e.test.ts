import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedSettings, isPostgresRunning, postmasterOf, tempDataDir } from './service-data.js';
import {
  caughtUp,
  pollUntil,
  serviceTestHooks,
  startService,
  waitForExit,
  waitForHealth,
  waitForLog,
} from './service-process.js';

serviceTestHooks();

const ADMIN = { tenant: 'default', email: 'it@kommun.se', password: 'ett-langt-losenord-42' };

async function startedService() {
  const dataDir = tempDataDir();
  const { settings, port } = await embeddedSettings(dataDir);
  const service = startService('api', {
    ...settings,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  });
  await waitForHealth(service, port, caughtUp());
  return { service, port, dataDir };
}

/** Signing in writes (the throttle's count, the session): a command through the whole stack. */
const signIn = (port: number) =>
  fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
    signal: AbortSignal.timeout(10_000),
  });

const health = async (port: number) => {
  const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('the service outlives its embedded PostgreSQL', () => {
  it('answers 503 with Retry-After while the server is dead, restarts it, and serves again', async () => {
    const { service, port, dataDir } = await startedService();
    expect((await signIn(port)).status).toBe(200);
    const killed = postmasterOf(dataDir)!;

    // Holding the start lock (as another instance starting would) keeps the watchdog's restart
    // waiting, so the outage lasts as long as this test needs to look at it.
    const lock = join(dataDir, 'pg-start.lock');
    writeFileSync(lock, `${process.pid}\n`);
    process.kill(killed.pid, 'SIGKILL');
    await waitForLog(service, /^The embedded PostgreSQL \(pid \d+\) is gone; starting it again$/, 10_000);

    const refused = await pollUntil('a 503 from sign-in', async () => {
      const response = await signIn(port);
      return response.status === 503 ? response : undefined; // until pooled sockets have noticed
    });
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await refused.json()).toMatchObject({ status: 503, code: 'SERVICE.UNAVAILABLE' });
    expect(await health(port)).toMatchObject({
      status: 503,
      body: { status: 'unavailable', database: 'down', embeddedPostgres: { status: 'down', restarts: 0 } },
    });

    rmSync(lock);
    // 'ok' once the projections, which retried through the outage with backoff, have run again.
    const healed = await waitForHealth(service, port, (h) => h.status === 'ok' && caughtUp()(h), 45_000);
    const restarted = postmasterOf(dataDir)!;
    expect(restarted.pid).not.toBe(killed.pid);
    expect(healed).toMatchObject({
      status: 'ok',
      database: 'up',
      embeddedPostgres: { status: 'up', pid: restarted.pid, restarts: 1, lastRestartAt: expect.any(String) },
    });
    expect((await signIn(port)).status).toBe(200); // the pools replaced their broken clients

    const outageLines = service.logs().filter((line) => /out of reach/.test(line.msg));
    expect(outageLines).toHaveLength(1); // logged once for the outage, not per request
    expect(service.logs().filter((line) => line.level === 'error')).toEqual([]); // no 500 INTERNAL

    service.child.kill('SIGTERM');
    expect(await waitForExit(service)).toEqual({ code: 0, signal: null });
    expect(isPostgresRunning(restarted.pid)).toBe(false);
    expect(postmasterOf(dataDir)).toBeUndefined();
  }, 90_000);
});
