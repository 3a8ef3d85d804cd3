import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ECHO_WINDOW_MS } from '#libs/runtime';
import { repoRoot } from './service-build.js';
import { embeddedSettings, postmasterOf, tempDataDir } from './service-data.js';
import {
  pollUntil,
  type ServiceProcess,
  serviceTestHooks,
  startService,
  waitForExit,
} from './service-process.js';

serviceTestHooks();

/**
 * A service held in start-up: this test process holds <DATA_DIR>/pg-start.lock (as a second
 * instance starting the same server would), so the service waits for it with no database yet.
 * The probe says when the service's own signal handlers are in place.
 */
async function serviceHeldInStartUp() {
  const dataDir = tempDataDir();
  const lock = join(dataDir, 'pg-start.lock');
  writeFileSync(lock, `${process.pid}\n`);
  const { settings } = await embeddedSettings(dataDir);
  const service = startService('api', settings, {
    nodeArgs: ['--import', join(repoRoot, 'test/service/fixtures/signal-probe.mjs')],
  });
  await probeSaid(service, 'probe: signal handlers registered');
  return { dataDir, service, releaseLock: () => rmSync(lock) };
}

function probeSaid(service: ServiceProcess, line: string, times = 1): Promise<true> {
  return pollUntil(
    `"${line}" x${times} on stderr`,
    async () =>
      service
        .stderr()
        .split('\n')
        .filter((l) => l === line).length >= times || undefined,
    { service, timeoutMs: 20_000 },
  );
}

const messages = (service: ServiceProcess) => service.logs().map((line) => line.msg);

describe('a signal while the service is still starting', () => {
  it('is honoured once start-up reaches a safe point: the server it started is stopped, exit 0', async () => {
    const { dataDir, service, releaseLock } = await serviceHeldInStartUp();

    service.child.kill('SIGTERM');
    await probeSaid(service, 'probe: got SIGTERM');
    expect(service.hasExited()).toBe(false); // it does not die mid-start and orphan a server
    releaseLock();

    expect(await waitForExit(service)).toEqual({ code: 0, signal: null });
    const log = messages(service);
    expect(log).toContainEqual(expect.stringMatching(/^Started the embedded PostgreSQL/));
    expect(log.slice(-3)).toEqual([
      'SIGTERM: shutting down',
      expect.stringMatching(/^Stopped the embedded PostgreSQL \(pid \d+\)$/),
      'stopped',
    ]);
    expect(log).not.toContainEqual(expect.stringMatching(/^listening on/)); // Nest never started
    expect(postmasterOf(dataDir)).toBeUndefined();
  });

  it('a second Ctrl-C exits at once, with code 1, even before there is a database', async () => {
    const { dataDir, service } = await serviceHeldInStartUp();

    service.child.kill('SIGINT');
    await probeSaid(service, 'probe: got SIGINT');
    // Pressed again, not npm's echo of the first (which comes within ECHO_WINDOW_MS and is ignored).
    await new Promise((resolve) => setTimeout(resolve, ECHO_WINDOW_MS + 200));
    service.child.kill('SIGINT');

    expect(await waitForExit(service, 10_000)).toEqual({ code: 1, signal: null });
    expect(messages(service)).toEqual(['SIGINT again: stopping the database and exiting now']);
    expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(false); // no server was started
  });
});
