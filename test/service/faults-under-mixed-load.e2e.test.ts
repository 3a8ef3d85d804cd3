import { SEED_002, seed002Attendance, seed002Justerare, type SeedMemberKey } from '#libs/seeds';
import { commandIdFor } from '../../libs/event-store/src/commands/command-fingerprint.js';
import { DEMO_PEOPLE, type DemoPersonKey } from '../../apps/demo/src/demo-people.js';
import { CarefulClient, type SentCommand } from './careful-client.js';
import { runServiceCommand } from './service-command.js';
import {
  demoGroupId,
  everyProjectionCaughtUp,
  meetingOn,
  readModelRows,
  signInAs,
} from './service-client.js';
import {
  embeddedSettings,
  embeddedUrl,
  postmasterOf,
  query,
  streamActivity,
  tempDataDir,
} from './service-data.js';
import {
  pollUntil,
  type ServiceProcess,
  serviceTestHooks,
  startService,
  waitForExit,
  waitForHealth,
} from './service-process.js';

serviceTestHooks();

/**
 * Fault tests, loopback only and bounded: the demo loaded, then three officers of its group each
 * run two meetings at once over HTTP (schedule, agenda, närvaro, every record of seed 002, the
 * follow-up dates, completing the follow-ups, closing), as careful clients (careful-client.ts).
 * Mid-load either the service or its PostgreSQL is SIGKILLed. Afterwards the log must hold every
 * acknowledged command exactly once and nothing nobody sent, and the read models must catch up
 * and equal a rebuild.
 */
const CLIENTS: DemoPersonKey[] = ['chair', 'viceChair', 'secretary'];
const MEETINGS_PER_CLIENT = 2;
/** A fault comes when this many commands have been acknowledged (of 120): early, and once more later. */
const FAULTS_AFTER = [30, 75];

interface Loaded {
  dataDir: string;
  settings: Record<string, string>;
  port: number;
  service: ServiceProcess;
  url: string;
  /** The log's last position before the load: everything after it is the load's. */
  before: number;
}

async function loadedService(): Promise<Loaded> {
  const dataDir = tempDataDir();
  expect((await runServiceCommand('demo', dataDir, [])).code).toBe(0);
  const { settings, port } = await embeddedSettings(dataDir);
  const service = startService('api', settings);
  await waitForHealth(service, port, everyProjectionCaughtUp, 60_000);
  const url = embeddedUrl(dataDir);
  const [{ last }] = await query<{ last: number }>(
    url,
    'SELECT max(global_position)::int AS last FROM es_events',
  );
  return { dataDir, settings, port, service, url, before: last };
}

/** The load: every client's meetings, each command sent carefully; resolves when all are done. */
async function mixedLoad(
  scenario: string,
  loaded: Loaded,
  ledger: SentCommand[],
): Promise<PromiseSettledResult<void>[]> {
  const accounts = await query<{ id: string; email: string }>(
    loaded.url,
    'SELECT id, email FROM identity_accounts',
  );
  const idOf = (who: DemoPersonKey) => {
    const email = DEMO_PEOPLE.find((person) => person.key === who)!.email;
    return accounts.find((account) => account.email === email)!.id;
  };
  const person = (who: SeedMemberKey) => ({ personId: idOf(who), name: SEED_002.people[who].name });
  const giveUpAt = Date.now() + 90_000; // a bound, not a target: the load takes 10–30 s
  const clients = await Promise.all(
    CLIENTS.map(async (who) => {
      const session = await signInAs(loaded.port, who);
      return new CarefulClient(`${scenario}-${who}`, session, idOf(who), ledger, giveUpAt);
    }),
  );
  const groupId = await demoGroupId(await signInAs(loaded.port, 'secretary'));
  return Promise.allSettled(
    clients.map(async (client, c) => {
      for (let m = 0; m < MEETINGS_PER_CLIENT; m++) {
        // A date of its own for each meeting: 2021-01-04, 2021-01-11, … (Mondays).
        const date = new Date(Date.UTC(2021, 0, 4 + 7 * (c * MEETINGS_PER_CLIENT + m)))
          .toISOString()
          .slice(0, 10);
        await runMeeting(client, groupId, date, person);
      }
    }),
  );
}

/** One meeting from scheduling to closing, as the seed meeting went, with its follow-ups completed. */
async function runMeeting(
  client: CarefulClient,
  groupId: string,
  date: string,
  person: (who: SeedMemberKey) => { personId: string; name: string },
): Promise<void> {
  const { meetingId } = await client.command<{ meetingId: string }>(
    'POST',
    `/api/groups/${groupId}/meetings`,
    meetingOn(date, `DNR:${date}`),
  );
  const meeting = `/api/meetings/${meetingId}`;
  await client.command('PUT', `${meeting}/agenda`, { items: SEED_002.agenda });
  await client.command('PUT', `${meeting}/attendance`, { attendees: seed002Attendance(person) });
  await client.command('PUT', `${meeting}/justerare`, { justerare: seed002Justerare(person) });
  const followUps: string[] = [];
  for (const { kind, itemId, ...body } of SEED_002.records) {
    const item = `${meeting}/items/${encodeURIComponent(itemId)}`;
    await client.command('PUT', `${item}/${kind}`, body);
    for (const followUp of SEED_002.followUps.filter((f) => f.itemId === itemId)) {
      const { followUpId } = await client.command<{ followUpId: string }>('POST', `${item}/follow-ups`, {
        action: followUp.action,
        responsible: person(followUp.responsible),
        dueDate: `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`,
      });
      followUps.push(followUpId);
    }
  }
  // The item seed 002 deferred is recorded here: a deferral would come back on the next meeting's
  // agenda proposal, which replacing the agenda would then have to remove with a reason.
  await client.command('PUT', `${meeting}/items/${SEED_002.deferral.itemId}/dialog`, {
    text: 'Fackliga parter återkopplade kring förra tematräffen.',
  });
  for (const followUpId of followUps) {
    await client.command('POST', `/api/follow-ups/${followUpId}/complete`, { note: 'Genomfört.' });
  }
  await client.command('POST', `${meeting}/close`);
}

const acknowledged = (ledger: SentCommand[]) =>
  ledger.filter((s) => s.status !== undefined && s.status < 300);

/** What the log says about the load, checked against what the clients were told. */
async function checkTheLog(scenario: string, loaded: Loaded, ledger: SentCommand[], faults: number) {
  const { url, before } = loaded;
  const acked = acknowledged(ledger);
  const ids = new Map(acked.map((s) => [commandIdFor(s.actor, s.key), s]));
  const commands = await query<{ command_id: string; n: number }>(
    url,
    'SELECT command_id, count(*)::int AS n FROM es_commands WHERE command_id = ANY($1) GROUP BY command_id',
    [[...ids.keys()]],
  );
  // Per request (its correlation id) and stream: how many events, from how many appends.
  const appends = await query<{
    key: string;
    command_id: string;
    stream_id: string;
    events: number;
    appends: number;
  }>(
    url,
    `SELECT metadata->>'correlationId' AS key, metadata->>'commandId' AS command_id, stream_id,
            count(*)::int AS events, count(DISTINCT transaction_id)::int AS appends
     FROM es_events WHERE global_position > $1 GROUP BY 1, 2, 3`,
    [before],
  );
  const sentKeys = new Set(ledger.map((s) => s.key));
  const figures = {
    scenario,
    faultsInjected: faults,
    commandsSent: ledger.length,
    acknowledged: acked.length,
    foundInEsCommands: commands.length,
    retried: ledger.filter((s) => s.attempts > 1).length,
    networkErrors: ledger.reduce((n, s) => n + s.networkErrors, 0),
    answered503: ledger.reduce((n, s) => n + s.unavailable, 0),
    eventsAppended: appends.reduce((n, a) => n + a.events, 0),
  };
  console.log(`fault test figures: ${JSON.stringify(figures)}`);

  expect(acked).toHaveLength(ledger.length); // every command was answered 2xx in the end
  expect(commands).toHaveLength(acked.length); // each acknowledged command recorded ...
  expect(commands.filter((c) => c.n !== 1)).toEqual([]); // ... once
  const eventsOf = new Map<string, number>();
  for (const a of appends) eventsOf.set(a.command_id, (eventsOf.get(a.command_id) ?? 0) + a.events);
  expect([...ids.keys()].filter((id) => !eventsOf.has(id)).map((id) => ids.get(id)!.key)).toEqual([]); // with events
  expect(appends.filter((a) => a.appends !== 1)).toEqual([]); // one append per request and stream: never twice
  expect(appends.filter((a) => !sentKeys.has(a.key))).toEqual([]); // nothing nobody sent
  return figures;
}

/** FollowUpDateAssigned on a meeting without FollowUpOpened on the follow-up's stream. */
const unopenedFollowUps = (url: string) =>
  query<{ follow_up_id: string }>(
    url,
    `SELECT a.data->>'followUpId' AS follow_up_id FROM es_events a
     WHERE a.event_type = 'FollowUpDateAssigned' AND NOT EXISTS (
       SELECT 1 FROM es_events o WHERE o.event_type = 'FollowUpOpened' AND o.tenant_id = a.tenant_id
         AND o.data->>'followUpId' = a.data->>'followUpId')`,
  );

/** The read models caught up, then rebuilt from zero: the same rows. */
async function checkTheReadModels(loaded: Loaded, service: ServiceProcess) {
  await waitForHealth(service, loaded.port, everyProjectionCaughtUp, 30_000);
  const live = await readModelRows(loaded.url);
  const activity = await streamActivity(loaded.url);
  const rebuild = await runServiceCommand('rebuild', loaded.dataDir, ['--all']);
  expect(rebuild.code).toBe(0);
  await waitForHealth(service, loaded.port, everyProjectionCaughtUp, 30_000);
  expect(await readModelRows(loaded.url)).toEqual(live);
  expect(await streamActivity(loaded.url)).toEqual(activity);
  expect(live.followUps.length).toBeGreaterThanOrEqual(3 * CLIENTS.length * MEETINGS_PER_CLIENT);
}

/** Waits for `count` acknowledged commands; fails at once, with the clients' errors, if the load ends first. */
async function whenAcknowledged(
  ledger: SentCommand[],
  count: number,
  load: Promise<PromiseSettledResult<void>[]>,
  service: ServiceProcess,
): Promise<void> {
  const reached = () => acknowledged(ledger).length >= count;
  const ended = load.then((results) => {
    if (reached()) return;
    const errors = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    throw new Error(
      `the load ended after ${acknowledged(ledger).length} acknowledged commands: ${errors.join('; ')}`,
    );
  });
  await Promise.race([
    pollUntil(`${count} acknowledged commands`, async () => reached() || undefined, {
      timeoutMs: 60_000,
      service, // a timeout shows its output: the watchdog's restarts, the pool's errors
    }),
    ended,
  ]);
}

describe('faults under a mixed load', () => {
  it('SIGKILL of the service mid-load: restarted on the same data dir, every acknowledged command is in the log once', async () => {
    const loaded = await loadedService();
    const ledger: SentCommand[] = [];
    const load = mixedLoad('kill-service', loaded, ledger);
    let service = loaded.service;
    let inFlight = 0;
    for (const count of FAULTS_AFTER) {
      await whenAcknowledged(ledger, count, load, service);
      service.child.kill('SIGKILL');
      expect(await waitForExit(service)).toEqual({ code: null, signal: 'SIGKILL' });
      inFlight += ledger.filter((s) => s.status === undefined).length;
      // Same ports: the clients carry on against the address they know; the orphaned PostgreSQL is adopted.
      service = startService('api', loaded.settings);
    }
    const results = await load;

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const figures = await checkTheLog('kill-service', loaded, ledger, FAULTS_AFTER.length);
    console.log(`kill-service: ${inFlight} request(s) unanswered at the kills, ${figures.retried} retried`);
    expect(figures.networkErrors).toBeGreaterThan(0); // the kills really hit the load
    await checkTheReadModels(loaded, service);
    // Assigning a follow-up date still writes two streams in one request (issue 9, point 2 moves
    // the opening out of it). A kill between the two appends leaves the follow-up unopened until
    // the client retries: the retry replays the meeting's append and opens it then. So this holds
    // for careful clients; one that gives up leaves the gap, which point 2's crash test covers.
    expect(await unopenedFollowUps(loaded.url)).toEqual([]);
    service.child.kill('SIGTERM');
    expect(await waitForExit(service)).toEqual({ code: 0, signal: null });
  }, 150_000);

  it('SIGKILL of its PostgreSQL mid-load: 503 while it is down, the watchdog restarts it, every acknowledged command is in the log once', async () => {
    const loaded = await loadedService();
    const ledger: SentCommand[] = [];
    const load = mixedLoad('kill-postgres', loaded, ledger);
    const killed: number[] = [];
    for (const count of FAULTS_AFTER) {
      await whenAcknowledged(ledger, count, load, loaded.service);
      // The server the watchdog started after the last kill (pollUntil: postmaster.pid is written as it starts).
      const postmaster = await pollUntil('a new embedded PostgreSQL', async () => {
        const running = postmasterOf(loaded.dataDir);
        return running && !killed.includes(running.pid) ? running : undefined;
      });
      process.kill(postmaster.pid, 'SIGKILL');
      killed.push(postmaster.pid);
    }
    const results = await load;

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(killed).not.toContain(postmasterOf(loaded.dataDir)!.pid);
    const figures = await checkTheLog('kill-postgres', loaded, ledger, FAULTS_AFTER.length);
    expect(figures.answered503 + figures.networkErrors).toBeGreaterThan(0);
    await checkTheReadModels(loaded, loaded.service);
    expect(loaded.service.logs().filter((line) => line.level === 'error')).toEqual([]); // no 500s
    expect(await unopenedFollowUps(loaded.url)).toEqual([]);
    loaded.service.child.kill('SIGTERM');
    expect(await waitForExit(loaded.service)).toEqual({ code: 0, signal: null });
  }, 150_000);
});
