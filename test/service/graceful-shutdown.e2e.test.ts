import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

async function startedService(options: { detached?: boolean } = {}) {
  const dataDir = tempDataDir();
  const { settings, port } = await embeddedSettings(dataDir);
  const service = startService('api', settings, options);
  await waitForHealth(service, port, caughtUp());
  const postmaster = postmasterOf(dataDir)!;
  expect(isPostgresRunning(postmaster.pid)).toBe(true);
  return { service, dataDir, postmaster };
}

function processGroupOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

/** The drain as the log tells it: each step once, in this order, nothing logged at error. */
function expectDrainInOrder(service: ServiceProcess, signal: string, postgresPid: number): void {
  const messages = service.logs().map((line) => line.msg);
  const steps = [
    `${signal}: shutting down`,
    'projections drained',
    `Stopped the embedded PostgreSQL (pid ${postgresPid})`,
    'stopped',
  ];
  expect(messages.filter((message) => steps.includes(message))).toEqual(steps);
  expect(messages.at(-1)).toBe('stopped');
  expect(service.stderr()).toBe('');
  // An orderly drain warns about nothing (it once logged the pools' sockets being cut by postgres).
  expect(service.logs().filter((line) => line.level !== 'info')).toEqual([]);
}

function expectPostgresGone(dataDir: string, postgresPid: number): void {
  expect(isPostgresRunning(postgresPid)).toBe(false);
  expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  expect(existsSync(join(dataDir, 'pg-owner.pid'))).toBe(false);
}

describe('stopping the service', () => {
  it('on SIGTERM drains, stops its PostgreSQL last and exits 0', async () => {
    const { service, dataDir, postmaster } = await startedService();

    service.child.kill('SIGTERM');

    expect(await waitForExit(service)).toEqual({ code: 0, signal: null });
    expectDrainInOrder(service, 'SIGTERM', postmaster.pid);
    expectPostgresGone(dataDir, postmaster.pid);
  });

  it('on Ctrl-C (SIGINT to the whole foreground process group) does the same: postgres is not in that group', async () => {
    const { service, dataDir, postmaster } = await startedService({ detached: true });

    expect(processGroupOf(postmaster.pid)).not.toBe(service.pid); // postgres was started detached
    process.kill(-service.pid, 'SIGINT');

    expect(await waitForExit(service)).toEqual({ code: 0, signal: null });
    expectDrainInOrder(service, 'SIGINT', postmaster.pid);
    expectPostgresGone(dataDir, postmaster.pid);
  });
});
