import {
  appendEvents,
  embeddedSettings,
  embeddedUrl,
  postmasterOf,
  query,
  streamActivity,
  tempDataDir,
} from './service-data.js';
import {
  caughtUp,
  type ServiceProcess,
  serviceTestHooks,
  startService,
  streamActivityOf,
  waitForExit,
  waitForHealth,
} from './service-process.js';
import { runServiceCommand } from './service-command.js';

serviceTestHooks();

const rebuild = (dataDir: string, ...args: string[]) => runServiceCommand('rebuild', dataDir, args);

/** The command's report lines on stdout (the rest is JSON log lines and the odd Nest warning). */
const reported = (command: ServiceProcess) =>
  command
    .stdout()
    .split('\n')
    .filter((line) => /^[a-z-]+: rebuilt from /.test(line));

/** A service with 12 events over three streams, all projected. */
async function serviceWithEvents(dataDir: string) {
  const { settings, port } = await embeddedSettings(dataDir);
  const service = startService('api', settings);
  await waitForHealth(service, port);
  const url = embeddedUrl(dataDir);
  await appendEvents(url, 'tenant-a', 'meeting-1', 5);
  await appendEvents(url, 'tenant-a', 'meeting-2', 3);
  await appendEvents(url, 'tenant-b', 'meeting-1', 4);
  await waitForHealth(service, port, caughtUp(12));
  return { service, port, url, rows: await streamActivity(url) };
}

const rebuiltAt = async (url: string) =>
  (
    await query<{ at: string | null }>(
      url,
      "SELECT rebuilt_at::text AS at FROM es_checkpoints WHERE projection = 'stream-activity'",
    )
  )[0].at;

describe('npm run rebuild', () => {
  it('rebuilds a read model while the service runs, to the same rows, and leaves the service up', async () => {
    const dataDir = tempDataDir();
    const { service, port, url, rows } = await serviceWithEvents(dataDir);
    const postgres = postmasterOf(dataDir)!;
    expect(rows).toHaveLength(3);
    expect(await rebuiltAt(url)).toBeNull();

    const command = await rebuild(dataDir, 'stream-activity');

    expect(command.code).toBe(0);
    expect(reported(command)).toEqual([
      expect.stringMatching(/^stream-activity: rebuilt from 12 events in \d+\.\d\d s$/),
    ]);
    expect(command.logs().map((line) => line.msg)).toContain(
      `Using the embedded PostgreSQL on 127.0.0.1:${postgres.port} run by process ${service.pid}`,
    );
    expect(await rebuiltAt(url)).not.toBeNull(); // it really was replayed (into shadows) and swapped in
    expect(await streamActivity(url)).toEqual(rows);
    // The command borrowed the server: the service still has it, and still serves.
    expect(postmasterOf(dataDir)).toEqual(postgres);
    expect(streamActivityOf(await waitForHealth(service, port))).toMatchObject({
      lagEvents: 0,
      position: 12,
    });

    service.child.kill('SIGTERM');
    expect(await waitForExit(service)).toEqual({ code: 0, signal: null });
  });

  it('with the service stopped, starts the embedded PostgreSQL itself, replays, and stops it again', async () => {
    const dataDir = tempDataDir();
    const first = await serviceWithEvents(dataDir);
    first.service.child.kill('SIGTERM');
    expect(await waitForExit(first.service)).toEqual({ code: 0, signal: null });

    const command = await rebuild(dataDir, '--all');

    expect(command.code).toBe(0);
    // --all: every read model (there will be more), one line each, each from the whole log.
    const lines = reported(command);
    expect(lines).toContainEqual(expect.stringMatching(/^stream-activity: rebuilt from 12 events in /));
    expect(lines.filter((line) => !/: rebuilt from 12 events in /.test(line))).toEqual([]);
    expect(command.logs().map((line) => line.msg)).toContainEqual(
      expect.stringMatching(/^Stopped the embedded PostgreSQL/),
    );
    expect(postmasterOf(dataDir)).toBeUndefined();

    const { settings, port } = await embeddedSettings(dataDir);
    const again = startService('api', settings);
    await waitForHealth(again, port, caughtUp(12));
    expect(await rebuiltAt(embeddedUrl(dataDir))).not.toBeNull();
    expect(await streamActivity(embeddedUrl(dataDir))).toEqual(first.rows);
    again.child.kill('SIGTERM');
    expect(await waitForExit(again)).toEqual({ code: 0, signal: null });
  });

  it('lists the read models, and refuses an unknown name with exit code 1', async () => {
    const dataDir = tempDataDir();

    const list = await rebuild(dataDir, '--list');
    expect(list.code).toBe(0);
    expect(
      list
        .stdout()
        .split('\n')
        .filter((line) => !line.startsWith('{') && line !== ''),
    ).toContain('stream-activity');

    const unknown = await rebuild(dataDir, 'no-such-model');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr()).toContain('no read model named \\"no-such-model\\"');
    expect(reported(unknown)).toEqual([]);
    expect(postmasterOf(dataDir)).toBeUndefined(); // each stopped the server it started
  });
});
