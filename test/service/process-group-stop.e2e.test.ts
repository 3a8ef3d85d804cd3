import { embeddedSettings, isPostgresRunning, postmasterOf, tempDataDir } from './service-data.js';
import {
  caughtUp,
  type ServiceProcess,
  serviceTestHooks,
  startService,
  waitForExit,
  waitForHealth,
} from './service-process.js';

serviceTestHooks();

const IGNORED = (signal: string) =>
  `${signal} again: already stopping (SIGQUIT, or Ctrl-C once more, exits now)`;

async function startedService(options: { throughNpm?: boolean; detached?: boolean } = {}) {
  const dataDir = tempDataDir();
  const { settings, port } = await embeddedSettings(dataDir);
  const service = startService('api', settings, options);
  await waitForHealth(service, port, caughtUp());
  return { service, dataDir, postmaster: postmasterOf(dataDir)! };
}

/** Drained, not cut short: one stop, repeats ignored, postgres stopped last, nothing but info logged. */
function expectDrained(service: ServiceProcess, signal: string, dataDir: string, postgresPid: number): void {
  const log = service.logs().map((line) => line.msg);
  const aboutSignals = log.filter((message) => message.startsWith(signal));
  expect(aboutSignals[0]).toBe(`${signal}: shutting down`);
  expect(aboutSignals.slice(1).every((message) => message === IGNORED(signal))).toBe(true);
  expect(log).toContain('projections drained');
  expect(log.slice(-2)).toEqual([`Stopped the embedded PostgreSQL (pid ${postgresPid})`, 'stopped']);
  expect(service.logs().filter((line) => line.level !== 'info')).toEqual([]);
  expect(isPostgresRunning(postgresPid)).toBe(false);
  expect(postmasterOf(dataDir)).toBeUndefined();
}

describe('a stop that arrives twice', () => {
  it('a second SIGTERM moments after the first (npm’s forwarded copy) is ignored: the drain completes, exit 0', async () => {
    const { service, dataDir, postmaster } = await startedService();

    service.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 20));
    service.child.kill('SIGTERM');

    expect(await waitForExit(service)).toEqual({ code: 0, signal: null });
    expect(service.logs().map((line) => line.msg)).toContain(IGNORED('SIGTERM'));
    expectDrained(service, 'SIGTERM', dataDir, postmaster.pid);
  }, 60_000);

  /**
   * A supervisor stopping the whole process group (systemd's default KillMode), or Ctrl-C in a
   * terminal, reaches npm and the service; npm passes its copy on (when it gets to it first).
   */
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s to the process group of `npm exec` drains like any other stop: exit 0, postgres stopped',
    async (signal) => {
      const { service, dataDir, postmaster } = await startedService({ throughNpm: true, detached: true });

      process.kill(-service.pid, signal);

      expect(await waitForExit(service)).toEqual({ code: 0, signal: null });
      expectDrained(service, signal, dataDir, postmaster.pid);
    },
    60_000,
  );
});
