import {
  appendEvents,
  embeddedSettings,
  embeddedUrl,
  query,
  streamActivity,
  tempDataDir,
} from './service-data.js';
import {
  caughtUp,
  type Health,
  type ServiceProcess,
  serviceTestHooks,
  startService,
  streamActivityOf,
  waitForExit,
  waitForHealth,
} from './service-process.js';
import { runServiceCommand } from './service-command.js';

serviceTestHooks();

const METRICS_TOKEN = 'prometheus-token-0123456789';

const deadLetters = (dataDir: string, ...args: string[]) => runServiceCommand('dead-letters', dataDir, args);

/** The command's own lines on stdout (the rest is JSON log lines). */
const reported = (command: ServiceProcess) =>
  command
    .stdout()
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('{'));

/**
 * A service whose stream-activity read model refuses an event of type Poison (a constraint stands
 * in for a bug in the projection), with one Poison appended after 3 good events. Returns once the
 * projection has halted at it.
 */
async function haltedService(dataDir: string) {
  const { settings, port } = await embeddedSettings(dataDir);
  const service = startService('api', { ...settings, METRICS_TOKEN });
  await waitForHealth(service, port);
  const url = embeddedUrl(dataDir);
  await appendEvents(url, 'tenant-a', 'meeting-1', 3);
  await waitForHealth(service, port, caughtUp(3));
  await query(
    url,
    "ALTER TABLE rm_stream_activity ADD CONSTRAINT no_poison CHECK (last_event_type <> 'Poison')",
  );
  await appendPoison(url);
  await appendEvents(url, 'tenant-a', 'meeting-3', 2);
  const health = await waitForHealth(service, port, (h) => Boolean(streamActivityOf(h)?.halted));
  return { service, port, url, health };
}

async function appendPoison(url: string): Promise<void> {
  await query(
    url,
    `SELECT es_append('tenant-a', 'meeting-2', 'test', 'any', NULL, NULL, ARRAY[gen_random_uuid()],
       ARRAY['Poison'], ARRAY[1], ARRAY['{}'::jsonb], ARRAY['{}'::jsonb])`,
  );
}

const fixTheBug = (url: string) => query(url, 'ALTER TABLE rm_stream_activity DROP CONSTRAINT no_poison');

const streamIds = async (url: string) => (await streamActivity(url)).map((row) => row.stream_id);

describe('npm run dead-letters', () => {
  it('halts on an event the projection cannot apply, says so on /health and /metrics, and replays it after the fix while the service runs', async () => {
    const dataDir = tempDataDir();
    const { service, port, url, health } = await haltedService(dataDir);

    expect(health.status).toBe('degraded');
    expect(streamActivityOf(health)).toMatchObject({
      position: 3, // stopped before the Poison event, at 4
      lagEvents: 3,
      halted: { position: 4, eventType: 'Poison', error: expect.stringContaining('no_poison') },
    });
    expect(await streamIds(url)).toEqual(['meeting-1']); // meeting-3 came later: not applied either
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`, {
      headers: { Authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect((await metrics.text()).split('\n')).toContain(
      'samverkan_projection_halted{projection="stream-activity"} 1',
    );

    const list = await deadLetters(dataDir, '--list');
    expect(list.code).toBe(0);
    expect(reported(list)).toEqual([
      expect.stringMatching(/^stream-activity: halted at event 4 \(Poison\), 1 attempt\(s\), .*no_poison/),
    ]);

    await fixTheBug(url);
    const replay = await deadLetters(dataDir, '--replay', 'stream-activity', '--by', 'ops@kommun.se');
    expect(replay.code).toBe(0);
    expect(reported(replay)).toEqual(['stream-activity: replayed event 4 (Poison); the projection runs on']);
    const after = await waitForHealth(service, port, caughtUp(6));
    expect(after.status).toBe('ok');
    expect(streamActivityOf(after)).toMatchObject({ halted: null, deadLetters: 1 });
    expect(await streamIds(url)).toEqual(['meeting-1', 'meeting-2', 'meeting-3']);

    service.child.kill('SIGTERM');
    expect(await waitForExit(service)).toEqual({ code: 0, signal: null });
  });

  it('with the service stopped, skips the named event only, records who did, and the next start runs on', async () => {
    const dataDir = tempDataDir();
    const first = await haltedService(dataDir);
    first.service.child.kill('SIGTERM');
    expect(await waitForExit(first.service)).toEqual({ code: 0, signal: null });

    const wrong = await deadLetters(dataDir, '--skip', 'stream-activity', '5');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr()).toContain('stream-activity is halted at event 4, not 5');

    const skip = await deadLetters(dataDir, '--skip', 'stream-activity', '4', '--by', 'ops@kommun.se');
    expect(skip.code).toBe(0);
    expect(reported(skip)).toEqual(['stream-activity: skipped event 4 (Poison), by ops@kommun.se']);
    const notHalted = await deadLetters(dataDir, '--replay', 'stream-activity');
    expect(notHalted.code).toBe(1);
    expect(notHalted.stderr()).toContain('stream-activity is not halted');

    const { settings, port } = await embeddedSettings(dataDir);
    const again = startService('api', settings);
    const health: Health = await waitForHealth(again, port, caughtUp(6));
    expect(health.status).toBe('ok');
    const url = embeddedUrl(dataDir);
    expect(await streamIds(url)).toEqual(['meeting-1', 'meeting-3']); // meeting-2 had only the skipped event
    const list = await deadLetters(dataDir, '--list');
    expect(reported(list)).toEqual([
      expect.stringMatching(
        /^stream-activity: skipped at event 4 \(Poison\), .*, skipped by ops@kommun\.se at /,
      ),
    ]);
    again.child.kill('SIGTERM');
    expect(await waitForExit(again)).toEqual({ code: 0, signal: null });
  });
});
