/**
 * `npm run bench:seed`: a realistic data set made through the service's own path, for bench:http.
 * The production ApiModule (its real sign-in, command handlers and deciders) runs in this process
 * on the service's database (DATABASE_URL, or the embedded server in BENCH_DATA_DIR, by default
 * .tmp/bench-seed, which `npm start` with DATA_DIR=<that folder> opens as it is).
 *
 * Two phases. First the template groups (BENCH_SEED_TEMPLATE_GROUPS, 100) and the big group: every
 * organisation, group, member, meeting, agenda, närvarolista, justerare, recorded text, follow-up,
 * återrapportering, completion and closing is an HTTP request over loopback, as a browser or API
 * client makes them; only the clock is the seed's (meetings of the past recorded when they were
 * held). The accounts are created with AccountService (as create-admin does), then sign in over
 * HTTP. A meeting's follow-ups after its first, and the reports and completions after the first of
 * a meeting's, are bulk appends of copies of the first's events (seed-bulk-follow-ups.ts;
 * BENCH_SEED_BULK_FOLLOW_UPS=0 sends them all as requests). Then the other groups: copies of the
 * template groups' whole histories, appended with every id, member and chair remapped
 * (seed-clones.ts), since a thousand groups through requests would not fit a session.
 *
 * Sizes (env): BENCH_SEED_ORGANISATIONS (1), BENCH_SEED_GROUPS (1,000, across the organisations),
 * BENCH_SEED_TEMPLATE_GROUPS (100 per organisation), BENCH_SEED_MEETINGS (20,000, spread over the
 * groups; the last two of each group's are still to come), BENCH_SEED_FOLLOW_UPS (200,000, spread
 * over the held meetings), BENCH_SEED_MEMBERS (4 per group), BENCH_SEED_ITEMS (12 agenda items per
 * meeting, seed-agenda.ts), BENCH_SEED_REPORTED_AFTER_SLOTS (1,2,3,4,5,6: a meeting's follow-ups
 * are reported on at the meetings that many fortnights later) and BENCH_SEED_HANDLED_AFTER_SLOTS (7:
 * reported on and completed), BENCH_SEED_CHAIRS (100 ordförande accounts per organisation, each
 * chairing its share of all the groups, clones included), BENCH_SEED_BIG_GROUP (1,000 meetings
 * scheduled in one more group, for scheduling at two group sizes), BENCH_SEED_CONCURRENCY (8 groups
 * at a time through requests), BENCH_SEED_CLONE_CONCURRENCY (4 clones at a time). It asserts
 * nothing; a progress bar over both phases goes to stderr, the totals to stdout.
 */
import { mkdirSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '#libs/config';
import { migrateDatabase, resolveDatabase } from '#libs/database';
import { configureHttp } from '#libs/http';
import { PgEventStore } from '#libs/event-store';
import { AccountService } from '#libs/identity';
import { ApiModule } from '#libs/service';
import { Clock } from '#libs/shared-kernel';
import { freePort } from '#libs/testing';
import { TestClock } from '../api/support/test-clock.js';
import { progressBar } from './progress-bar.js';
import { seedAgenda } from './seed-agenda.js';
import { appendFollowUpsLike, appendHandlingsLike } from './seed-bulk-follow-ups.js';
import { appendClone, loadTemplate, type SeedChair, sharedIds } from './seed-clones.js';
import { SEED_DIR, SEED_PASSWORD, type SeedManifest, writeManifest } from './seed-manifest.js';

const size = (name: string, fallback: number) => Number(process.env[`BENCH_SEED_${name}`] ?? fallback);
const ORGANISATIONS = size('ORGANISATIONS', 1);
const GROUPS = size('GROUPS', 1000);
const MEETINGS = size('MEETINGS', 20_000);
const FOLLOW_UPS = size('FOLLOW_UPS', 200_000);
const MEMBERS = Math.max(2, size('MEMBERS', 4));
const ITEMS = Math.max(2, size('ITEMS', 12));
/** Groups made through requests; the rest are copies of their histories (seed-clones.ts). */
const TEMPLATE_GROUPS = Math.max(1, Math.min(size('TEMPLATE_GROUPS', 100), GROUPS));
const CLONE_CONCURRENCY = size('CLONE_CONCURRENCY', 4);
/** A meeting's follow-ups are reported on and completed at the meeting this many slots (of 14 days) later. */
const HANDLED_AFTER = size('HANDLED_AFTER_SLOTS', 7);
/**
 * …and reported on while still open at the meetings these many slots later: a group goes through
 * its open actions at every meeting (the standing "uppföljning av åtgärder"), each with a line.
 */
const REPORTED_AFTER = (process.env.BENCH_SEED_REPORTED_AFTER_SLOTS ?? '1,2,3,4,5,6')
  .split(',')
  .map(Number)
  .filter((slots) => slots > 0 && slots < HANDLED_AFTER);
const CHAIRS = size('CHAIRS', 100);
const BIG_GROUP = size('BIG_GROUP', 1000);
const CONCURRENCY = size('CONCURRENCY', 8);
/** A meeting's follow-ups after its first as bulk appends (seed-bulk-follow-ups.ts); 0: all over HTTP. */
const BULK_FOLLOW_UPS = size('BULK_FOLLOW_UPS', 1) !== 0;
const UPCOMING = 2;
/** The npm script hands the caller's DATABASE_URL over: jest's global setup sets its own. */
const TARGET_URL = process.env.BENCH_SEED_DATABASE_URL || undefined;
const DAY = 86_400_000;

const meetingsPerGroup = Math.max(UPCOMING + 1, Math.round(MEETINGS / GROUPS));
const heldPerGroup = meetingsPerGroup - UPCOMING;
const followUpsPerMeeting = Math.max(1, Math.round(FOLLOW_UPS / (GROUPS * heldPerGroup)));
const UNIONS = ['Vision', 'Kommunal', 'Akademikerförbundet SSR', 'Lärarförbundet'];
const today = new Date(new Date().toISOString().slice(0, 10));
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const at = (day: string, time: string) => `${day}T${time}:00Z`;

type Person = { personId: string; name: string };
type Party = { side: 'employer' } | { side: 'union'; organisation: string };
interface Group {
  groupId: string;
  chair: { person: Person; cookie: string };
  members: { person: Person; party: Party; role: string }[];
}

/** Every request of the seed: a failure stops it with what the service said. */
async function call(
  base: string,
  cookie: string,
  method: string,
  path: string,
  body?: object,
  expected = 200,
  attempt = 1,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  // Two of a group's meetings scheduled at once: the service asks the client to try again, as here,
  // after a random pause that grows (8 writers on the big group, on a loaded machine, took 5 tries).
  if (response.status === 409 && text.includes('CONCURRENT_UPDATE') && attempt < 30) {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    return call(base, cookie, method, path, body, expected, attempt + 1);
  }
  if (response.status !== expected) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : {}) as Record<string, unknown>;
}

/** Runs `work` for every item, `CONCURRENCY` at a time. */
async function inParallel<T>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<void>,
  concurrency = CONCURRENCY,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index], index);
      }
    }),
  );
}

async function main() {
  mkdirSync(SEED_DIR, { recursive: true });
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: TARGET_URL,
    DATA_DIR: TARGET_URL ? undefined : SEED_DIR,
    EMBEDDED_PG_PORT: String(await freePort()),
  });
  const database = await resolveDatabase(config, { log: () => undefined, warn: (m) => console.error(m) });
  await migrateDatabase(database.url, { log: () => undefined });
  const clock = new TestClock(new Date().toISOString());
  const moduleRef = await Test.createTestingModule({
    imports: [
      ApiModule.forRoot({
        config: Object.assign(new AppConfig(), { workerInProcess: false, dbPoolSize: 10, logLevel: 'warn' }),
        databaseUrl: database.url,
      }),
    ],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  try {
    await seed(app, base, clock);
  } finally {
    await app.close();
    await database.stop();
  }
}

/** Every organisation, the template groups and their meetings as HTTP requests to the app; then the clones. */
async function seed(app: NestExpressApplication, base: string, clock: TestClock) {
  const started = performance.now();
  const dataSource = app.get(DataSource);
  const store = app.get(PgEventStore);
  const agenda = seedAgenda(ITEMS);
  /** Where the follow-ups are decided: the first beslut on the agenda. */
  const decisionItem = (agenda.find((item) => item.kind === 'beslut') ?? agenda[1]).itemId;

  const groupsPerOrganisation = Math.ceil(GROUPS / ORGANISATIONS);
  const templatesPerOrganisation = Math.min(TEMPLATE_GROUPS, groupsPerOrganisation);
  const templates = ORGANISATIONS * templatesPerOrganisation;
  const heldSlots = heldPerGroup;
  const handledSlots = Math.max(0, heldSlots - HANDLED_AFTER);
  const reportedSlots = REPORTED_AFTER.reduce((sum, slots) => sum + Math.max(0, heldSlots - slots), 0);
  const requests =
    ORGANISATIONS * (3 + UNIONS.length + CHAIRS) +
    templates * (1 + MEMBERS) +
    templates * heldPerGroup * (5 + ITEMS) +
    templates * heldPerGroup * (BULK_FOLLOW_UPS ? 1 : followUpsPerMeeting) +
    templates * handledSlots * (BULK_FOLLOW_UPS ? 2 : 2 * followUpsPerMeeting) +
    templates * reportedSlots * (BULK_FOLLOW_UPS ? 1 : followUpsPerMeeting) +
    templates * UPCOMING * 2 +
    (1 + MEMBERS + BIG_GROUP) +
    // The copies of a meeting's first follow-up (two events each) and of its first handling (two).
    (BULK_FOLLOW_UPS
      ? templates * (2 * heldPerGroup + 2 * handledSlots + reportedSlots) * (followUpsPerMeeting - 1)
      : 0);
  // Steps: requests, then events appended in bulk; the clones' are added once the first template's are known.
  const bar = progressBar('seed', requests, 'steps');
  const tracked = async (...args: Parameters<typeof call>) => {
    const result = await call(...args);
    bar.tick();
    return result;
  };
  let manifest: SeedManifest | undefined;
  let followUps = 0;
  let bulkFollowUps = 0;
  let bulkEvents = 0;
  let clonedEvents = 0;
  let meetings = 0;
  let handled = 0;
  let reported = 0;
  let requestEventsEnd = 0;

  for (let o = 0; o < ORGANISATIONS; o += 1) {
    const tenant = ORGANISATIONS === 1 ? 'bench' : `bench-${o + 1}`;
    const accounts = app.get(AccountService);
    const signIn = async (email: string, displayName: string, roles: ('admin' | 'hr')[] = []) => {
      const account = await accounts.create({
        tenantId: tenant,
        email,
        displayName,
        password: SEED_PASSWORD,
        roles,
      });
      const response = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant, email, password: SEED_PASSWORD }),
      });
      if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status}`);
      bar.tick();
      return { accountId: account.id, cookie: String(response.headers.get('set-cookie')).split(';')[0] };
    };
    clock.set(new Date(today.getTime() - (heldSlots + 1) * 14 * DAY).toISOString());
    const admin = await signIn(`admin@${tenant}.se`, 'Åsa Administratör', ['admin']);
    await tracked(base, admin.cookie, 'POST', '/api/organisation', { name: `Mätstads kommun ${o + 1}` }, 201);
    await tracked(
      base,
      admin.cookie,
      'POST',
      '/api/organisation/units',
      { unitId: 'u-soc', name: 'Socialförvaltningen' },
      201,
    );
    for (const name of UNIONS)
      await tracked(base, admin.cookie, 'POST', '/api/organisation/union-organisations', { name });
    const chairs: { person: Person; cookie: string; email: string }[] = [];
    for (let c = 0; c < CHAIRS; c += 1) {
      const email = `ordforande.${c + 1}@${tenant}.se`;
      const name = `Örjan Ordförande ${c + 1}`;
      const { accountId, cookie } = await signIn(email, name);
      chairs.push({ person: { personId: accountId, name }, cookie, email });
    }

    const createGroup = async (g: number, name: string): Promise<Group> => {
      const chair = chairs[g % chairs.length];
      const { groupId } = await tracked(
        base,
        admin.cookie,
        'POST',
        '/api/groups',
        { name, levels: ['FSG'], unitId: 'u-soc', actsAsSkyddskommitte: false },
        201,
      );
      const members: Group['members'] = [
        { person: chair.person, party: { side: 'employer' }, role: 'ordförande' },
      ];
      for (let m = 1; m < MEMBERS; m += 1)
        members.push({
          person: { personId: `person-${o}-${g}-${m}`, name: `Ärna Ledamot ${g + 1}.${m}` },
          party: { side: 'union', organisation: UNIONS[(m - 1) % UNIONS.length] },
          role: 'ledamot',
        });
      for (const member of members)
        await tracked(base, admin.cookie, 'POST', `/api/groups/${groupId as string}/members`, {
          ...member,
          joinedOn: dayOf(today.getTime() - 365 * 10 * DAY),
        });
      return { groupId: groupId as string, chair, members };
    };
    const groups: Group[] = [];
    const count = Math.min(groupsPerOrganisation, GROUPS - o * groupsPerOrganisation);
    const templateCount = Math.min(templatesPerOrganisation, count);
    await inParallel(
      Array.from({ length: templateCount }, (_, g) => g),
      async (g) => {
        groups[g] = await createGroup(g, `FSG Socialförvaltningen, enhet ${g + 1}`);
      },
    );

    // Meetings slot by slot, every group's at once: one clock for all, moved through each meeting's day.
    const closed = new Map<number, string[]>();
    /** Each group's follow-ups per held slot: the first (made by a request) and the copies. */
    const opened = groups.map(() => [] as string[][]);
    const times = (slot: number) => dayOf(today.getTime() - (heldSlots - slot) * 14 * DAY);
    const inGroups = (work: (group: Group, g: number) => Promise<void>) => inParallel(groups, work);
    /** The g-th group's meeting on that day, scheduled by its chair; its id. */
    const schedule = async (group: Group, g: number, day: string) =>
      (
        await tracked(
          base,
          group.chair.cookie,
          'POST',
          `/api/groups/${group.groupId}/meetings`,
          { startsAt: at(day, '08:00'), endsAt: at(day, '10:00'), place: `Rum ${(g % 20) + 1}` },
          201,
        )
      ).meetingId as string;
    for (let slot = 0; slot < heldSlots; slot += 1) {
      const day = times(slot);
      const ids = new Array<string>(groups.length);
      clock.set(at(dayOf(Date.parse(day) - 10 * DAY), '09:00'));
      await inGroups(async (group, g) => {
        ids[g] = await schedule(group, g, day);
        await tracked(base, group.chair.cookie, 'PUT', `/api/meetings/${ids[g]}/agenda`, {
          items: agenda.map(({ itemId, title, kind }) => ({
            itemId,
            title,
            kind,
            proposer: { side: 'employer' },
          })),
        });
      });
      clock.set(at(day, '07:40'));
      await inGroups(async (group, g) => {
        const meeting = `/api/meetings/${ids[g]}`;
        await tracked(base, group.chair.cookie, 'PUT', `${meeting}/attendance`, {
          attendees: group.members.map((member) => ({ ...member, presence: 'present' })),
        });
        await tracked(base, group.chair.cookie, 'PUT', `${meeting}/justerare`, {
          justerare: group.members.slice(0, 2).map(({ person, party }) => ({ person, party })),
        });
      });
      clock.set(at(day, '08:30'));
      await inGroups(async (group, g) => {
        const meeting = `/api/meetings/${ids[g]}`;
        for (const { itemId, kind, text } of agenda) {
          const path = kind === 'beslut' ? 'decision' : kind;
          await tracked(base, group.chair.cookie, 'PUT', `${meeting}/items/${itemId}/${path}`, {
            text,
            ...(kind === 'beslut' ? { outcome: 'enighet' } : {}),
          });
        }
        // Återrapportering: the follow-ups of the last six meetings reported on (still open), those of
        // the meeting about three months back reported on and completed.
        const handle = async (slotBack: number, complete: boolean) => {
          const old = slot - slotBack >= 0 ? opened[g][slot - slotBack] : [];
          let after = 0;
          for (const [n, followUpId] of old.entries()) {
            if (BULK_FOLLOW_UPS && n > 0) {
              const copied = await appendHandlingsLike(dataSource, store, old[0], after, old.slice(1));
              bulkEvents += copied;
              bar.tick(copied);
              break;
            }
            const reported = await tracked(
              base,
              group.chair.cookie,
              'POST',
              `/api/follow-ups/${followUpId}/reports`,
              {
                meetingId: ids[g],
                itemId: 'i-1',
                text: complete
                  ? 'Åtgärden är genomförd och redovisad för samverkansgruppen.'
                  : 'Arbetet pågår; underlaget presenteras vid ett kommande möte.',
              },
            );
            // The first's events after this stream position are what its copies get.
            after = (reported.version as number) - 1;
            if (complete)
              await tracked(base, group.chair.cookie, 'POST', `/api/follow-ups/${followUpId}/complete`, {
                note: 'Klar enligt återrapporteringen.',
              });
          }
          return old.length;
        };
        // Summed after the await: `total += await …` would read the total before other groups added to it.
        for (const slots of REPORTED_AFTER) {
          const count = await handle(slots, false);
          reported += count;
        }
        const completed = await handle(HANDLED_AFTER, true);
        handled += completed;
        const wanted = followUpsPerMeeting;
        followUps += wanted;
        const followUp = (f: number) => ({
          action: `Åtgärd ${f + 1}: ta fram underlag om schemaläggning för enhet ${g + 1}`,
          responsible: group.members[f % group.members.length].person,
          dueDate: dayOf(Date.parse(day) + (30 + ((g + f) % 60)) * DAY),
        });
        const made: string[] = [];
        opened[g][slot] = made;
        for (let f = 0; f < wanted; f += 1) {
          const first = await tracked(
            base,
            group.chair.cookie,
            'POST',
            `${meeting}/items/${decisionItem}/follow-ups`,
            followUp(f),
            201,
          );
          made.push(first.followUpId as string);
          if (BULK_FOLLOW_UPS) {
            const rest = Array.from({ length: wanted - 1 }, (_, n) => followUp(n + 1));
            made.push(
              ...(await appendFollowUpsLike(
                dataSource,
                store,
                first.followUpId as string,
                first.version as number,
                rest,
              )),
            );
            bar.tick(rest.length * 2);
            bulkFollowUps += rest.length;
            bulkEvents += rest.length * 2;
            break;
          }
        }
      });
      clock.set(at(day, '09:55'));
      await inGroups(async (group, g) => {
        await tracked(base, group.chair.cookie, 'POST', `/api/meetings/${ids[g]}/close`);
        closed.set(g, [...(closed.get(g) ?? []), ids[g]]);
      });
      meetings += groups.length;
    }
    // The meetings still to come, scheduled today.
    clock.set(new Date().toISOString());
    for (let upcoming = 1; upcoming <= UPCOMING; upcoming += 1) {
      const day = dayOf(today.getTime() + upcoming * 14 * DAY);
      await inGroups(async (group, g) => {
        const meetingId = await schedule(group, g, day);
        await tracked(base, group.chair.cookie, 'PUT', `/api/meetings/${meetingId}/agenda`, {
          items: [
            { itemId: 'i-1', title: 'Arbetsmiljö', kind: 'information', proposer: { side: 'employer' } },
          ],
        });
      });
      meetings += groups.length;
    }

    let big: Group | undefined;
    if (o === 0) {
      // One group with many meetings, chaired by the first chair: scheduling at two group sizes.
      big = await createGroup(0, 'CSG Socialförvaltningen (många möten)');
      await inParallel(
        Array.from({ length: BIG_GROUP }, (_, n) => n),
        async (n) => {
          const day = dayOf(today.getTime() + (30 + n) * DAY);
          await tracked(
            base,
            big!.chair.cookie,
            'POST',
            `/api/groups/${big!.groupId}/meetings`,
            { startsAt: at(day, '12:00'), endsAt: at(day, '13:00'), place: `Rum ${n + 1}` },
            201,
          );
        },
      );
      meetings += BIG_GROUP;
    }
    requestEventsEnd = await eventCount(dataSource);

    // The clones: group t + k × templates copies template t, chaired as the g-th group would be.
    const kept = await sharedIds(dataSource, tenant);
    const seedChair = (c: number): SeedChair => ({ ...chairs[c].person, email: chairs[c].email });
    const cloneIds: { g: number; groupId: string; closed: string[] }[] = [];
    let estimated = false;
    for (let t = 0; t < templateCount && templateCount < count; t += 1) {
      const template = await loadTemplate(
        dataSource,
        tenant,
        o,
        groups[t].groupId,
        t,
        seedChair(t % chairs.length),
        kept,
      );
      const copies = Array.from(
        { length: Math.ceil((count - t) / templateCount) - 1 },
        (_, k) => t + (k + 1) * templateCount,
      );
      if (!estimated) {
        bar.add(template.events.length * (count - templateCount));
        estimated = true;
      }
      const openedHere = template.events.filter((event) => event.type === 'FollowUpOpened').length;
      const meetingsHere = new Set(
        template.events.filter((e) => e.streamType === 'meeting').map((e) => e.streamId),
      ).size;
      await inParallel(
        copies,
        async (g) => {
          const ids = await appendClone(store, tenant, o, template, g, seedChair(g % chairs.length), (n) => {
            clonedEvents += n;
            bar.tick(n);
          });
          cloneIds.push({
            g,
            groupId: ids.get(groups[t].groupId)!,
            closed: (closed.get(t) ?? []).map((id) => ids.get(id)!),
          });
        },
        CLONE_CONCURRENCY,
      );
      followUps += openedHere * copies.length;
      meetings += meetingsHere * copies.length;
    }

    if (o === 0) {
      const all = [
        ...groups.map((group, g) => ({ g, groupId: group.groupId, closed: closed.get(g) ?? [] })),
        ...cloneIds,
      ];
      manifest = {
        tenant,
        databaseUrl: TARGET_URL,
        chairs: chairs.map((chair, c) => ({
          email: chair.email,
          accountId: chair.person.personId,
          groupIds: all.filter(({ g }) => g % chairs.length === c).map(({ groupId }) => groupId),
        })),
        smallGroup: { groupId: groups[0].groupId, meetings: meetingsPerGroup },
        bigGroup: { groupId: big!.groupId, meetings: BIG_GROUP },
        closedMeetingIds: all.filter(({ g }) => g % chairs.length === 0).flatMap(({ closed: ids }) => ids),
        totals: {},
      };
    }
  }
  const { done, seconds } = bar.finish();
  const events = await eventCount(dataSource);
  const requestCount = done - bulkEvents - clonedEvents;
  const totals = {
    organisations: ORGANISATIONS,
    groups: GROUPS + 1,
    templateGroups: templates,
    meetings,
    followUps,
    followUpsReportedOpen: reported,
    followUpsCompleted: handled,
    events,
    requests: requestCount,
    eventsThroughRequests: requestEventsEnd - bulkEvents,
    followUpsInBulk: bulkFollowUps,
    eventsInBulk: bulkEvents,
    eventsCloned: clonedEvents,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  writeManifest({ ...manifest!, totals });
  const n = (value: number) => value.toLocaleString('en-US');
  process.stdout.write(
    `\nSeeded ${SEED_DIR}${TARGET_URL ? ' (manifest; data in DATABASE_URL)' : ''}: ` +
      `${ORGANISATIONS} organisation(s), ${n(totals.groups)} groups (${templates} through requests), ` +
      `${n(meetings)} meetings, ${n(followUps)} follow-ups (of the template groups', ${n(reported)} reported on while open, ${n(handled)} reported on and completed), ` +
      `${n(events)} events in ${seconds.toFixed(0)} s: ${n(totals.eventsThroughRequests)} through ${n(requestCount)} requests ` +
      `(${Math.round(requestCount / Math.max(1, totals.seconds))} requests/s overall), ${n(bulkEvents)} follow-up copies in bulk, ` +
      `${n(clonedEvents)} cloned into ${n(GROUPS - templates)} groups; ${Math.round(events / seconds)} events/s\n`,
  );
}

async function eventCount(dataSource: DataSource): Promise<number> {
  const [{ events }] = (await dataSource.query('SELECT count(*)::int AS events FROM es_events')) as {
    events: number;
  }[];
  return events;
}

// A jest "test" only so that it runs with swc's decorator metadata (as bench:pages); it asserts nothing.
it('seeds the benchmark data set', main, 24 * 3600_000);
