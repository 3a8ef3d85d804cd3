/**
 * `npm run demo` without npm: the loader against the production API on a real PostgreSQL. The
 * demo organisation's seed 002 meeting as the seed has it, the next meeting bringing back what was
 * deferred and what is due, and a second load (or one after a load that stopped half-way) that
 * leaves exactly one set of data.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { AppConfig } from '#libs/config';
import { EMPLOYER, KOMMUNAL, SEED_002, SEED_002_JUSTERARE, SSR } from '#libs/seeds';
import { createTestDatabase, type TestDatabase } from '#libs/testing';
import { DemoApi, type DemoSession } from '../../apps/demo/src/demo-client.js';
import { createDemoApp } from '../../apps/demo/src/demo-app.js';
import { baseUrlOf, type DemoSummary, loadDemo } from '../../apps/demo/src/demo-loader.js';
import { DEMO_APT } from '../../apps/demo/src/demo-apt.js';
import { DEMO_PASSWORD, DEMO_TENANT } from '../../apps/demo/src/demo-people.js';
import { formatDemoSummary } from '../../apps/demo/src/demo-summary.js';
import { DEMO_APT_APRIL, DEMO_MARCH } from '../../apps/demo/src/demo-march.js';
import { personOf as demoPersonOf } from '../../apps/demo/src/demo-script.js';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { readPdf, words } from '../../libs/documents/src/testing/read-pdf.fixtures.js';
import { visibleText } from '../../libs/documents/src/testing/visible-text.js';
import { projectToHead } from '../api/support/project-to-head.js';

const { people, meetings, deferral, followUps } = SEED_002;
const titleOf = (itemId: string) => SEED_002.agenda.find((item) => item.itemId === itemId)?.title;

interface Demo {
  database: TestDatabase;
  app: NestExpressApplication;
  close(): Promise<void>;
  /** Every stream of the demo tenant with its version, in a fixed order. */
  streams(): Promise<{ stream_id: string; version: string }[]>;
  accountCount(): Promise<number>;
}

async function startDemo(): Promise<Demo> {
  const database = await createTestDatabase();
  const config = Object.assign(new AppConfig(), { dbPoolSize: 4, logLevel: 'warn' });
  const app = await createDemoApp({ config, databaseUrl: database.url, logger: ['error'] });
  const query = async <R extends pg.QueryResultRow>(sql: string) => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<R>(sql, [DEMO_TENANT])).rows;
    } finally {
      await client.end();
    }
  };
  return {
    database,
    app,
    async close() {
      await app.close();
      await database.drop();
    },
    streams: () =>
      query<{ stream_id: string; version: string }>(
        'SELECT stream_id, version::text FROM es_streams WHERE tenant_id = $1 ORDER BY stream_id',
      ),
    accountCount: async () =>
      Number(
        (
          await query<{ n: string }>('SELECT count(*)::text AS n FROM identity_accounts WHERE tenant_id = $1')
        )[0]?.n,
      ),
  };
}

type Agenda = {
  itemId: string;
  title: string;
  kind: string;
  proposer: object;
  paragraph?: number;
  presenters?: { personId?: string; name: string; title?: string }[];
  origin?: Record<string, unknown>;
  records?: {
    information?: { text: string };
    dialog?: { text: string; views: { party: object }[] };
    decision?: { text: string; outcome: string; disagreeing: string[] };
    deferral?: { reason: string };
    followUps: { followUpId: string; action: string; dueDate: string }[];
  };
}[];

describe('the demo (npm run demo), loaded through the API', () => {
  let demo: Demo;
  let first: DemoSummary;
  let second: DemoSummary;
  let streamsAfterFirst: { stream_id: string; version: string }[];
  let member: DemoSession;
  let hr: DemoSession;

  beforeAll(async () => {
    demo = await startDemo();
    first = await loadDemo(demo.app);
    streamsAfterFirst = await demo.streams();
    second = await loadDemo(demo.app);
    const api = new DemoApi(baseUrlOf(demo.app));
    member = await api.login(DEMO_TENANT, 'cornelia.sjostrom@demo.exempelstad.se', DEMO_PASSWORD);
    hr = await api.login(DEMO_TENANT, 'hanna.ohman@demo.exempelstad.se', DEMO_PASSWORD);
  });
  afterAll(() => demo?.close());

  const seedMeeting = () => member.get<Record<string, unknown> & { agenda: Agenda }>(meetingPath('seed'));
  const meetingPath = (which: 'seed' | 'next') => `/api/meetings/${first.meetings[which].meetingId}`;
  /** The account id of a seed 002 member, as the demo created it. */
  const idOf = (who: keyof typeof people) =>
    first.logins.find((login) => login.name === people[who].name)?.accountId;
  const personOf = (who: keyof typeof people) => ({ personId: idOf(who), name: people[who].name });

  it('is seed 002: "Bilaga till protokoll 2/2019", 25 February 2019, closed and justerat', async () => {
    expect(first.alreadyLoaded).toBe(false);
    // January is only scheduled: a meeting gets its number when it closes.
    expect(first.meetings.previous).toMatchObject({
      protocolNumber: '',
      date: meetings.previous.date,
    });
    expect(meetings.seed.protocolNumber).toBe('2/2019');
    expect(first.meetings.seed).toMatchObject({
      protocolNumber: meetings.seed.protocolNumber,
      date: meetings.seed.date,
      status: 'closed',
      protocolStatus: 'justerat',
    });
    const meeting = await seedMeeting();
    expect(meeting).toMatchObject({
      groupId: first.group.groupId,
      dnr: meetings.seed.schedule.dnr,
      meetingDate: meetings.seed.date,
      place: meetings.seed.schedule.place,
      unionOrganisations: SEED_002.unionOrganisations,
    });
    // Held as scheduled, 08.30–11.00, not closed at the moment the demo was loaded.
    expect(Date.parse(meeting.startedAt as string)).toBe(Date.parse(meetings.seed.schedule.startsAt));
    expect(Date.parse(meeting.endedAt as string)).toBe(Date.parse(meetings.seed.schedule.endsAt));
  });

  it('has Information, Dialog and Beslut in the seed’s order, § 4 to § 12, å ä ö and – kept', async () => {
    const { agenda } = await seedMeeting();
    const shapeOf = ({ itemId, title, kind, proposer }: Agenda[number]) => ({
      itemId,
      title,
      kind,
      proposer,
    });
    expect(agenda.map(shapeOf)).toEqual(SEED_002.agenda.map(shapeOf));
    expect(agenda.map((item) => item.paragraph)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(agenda.map((item) => item.kind)).toEqual([
      ...Array(4).fill('information'),
      ...Array(4).fill('dialog'),
      'beslut',
    ]);
  });

  it('records every text exactly as the seed has it, the recruitment "i oenighet" as information', async () => {
    const { agenda } = await seedMeeting();
    const records = (itemId: string) => agenda.find((item) => item.itemId === itemId)?.records;
    for (const record of SEED_002.records) {
      expect(records(record.itemId)?.[record.kind]?.text).toBe(record.text);
      if (record.kind === 'decision') {
        expect(records(record.itemId)?.decision).toMatchObject({ outcome: record.outcome, disagreeing: [] });
      }
      if (record.kind === 'dialog') {
        expect(records(record.itemId)?.dialog?.views).toEqual(
          (record.views ?? []).map((view) => expect.objectContaining(view)),
        );
      }
    }
    expect(records('i-rekrytering')?.information?.text).toContain('i oenighet');
    expect(records('i-rekrytering')?.decision).toBeUndefined();
    expect(records('i-avslut')?.dialog?.views.map((view) => view.party)).toEqual([SSR, EMPLOYER, SSR]);
  });

  it('defers the item Kommunal raised, with the reason, because Kommunal is absent', async () => {
    const { agenda } = await seedMeeting();
    expect(agenda.find((item) => item.itemId === deferral.itemId)).toMatchObject({
      title: titleOf(deferral.itemId),
      proposer: KOMMUNAL,
      paragraph: 11,
      records: { deferral: { reason: deferral.reason } },
    });
  });

  it('has the chair line with the substitute and the justering by the two justerare', async () => {
    const meeting = (await seedMeeting()) as unknown as {
      attendance: { person: { personId: string; name: string }; presence: string; replaces?: string }[];
      approvals: { justerare: { name: string }; party: { organisation?: string } }[];
      justeringar: unknown[];
      protocolStatus: string;
    };
    const substitute = meeting.attendance.find((entry) => entry.replaces !== undefined);
    const absent = meeting.attendance.find((entry) => entry.person.personId === substitute?.replaces);
    expect(`${absent?.person.name} är frånvarande, ${substitute?.person.name} ersätter`).toBe(
      `${people.chair.name} är frånvarande, ${people.viceChair.name} ersätter`,
    );
    expect(
      meeting.attendance.filter((entry) => entry.presence === 'absent').map((entry) => entry.person.name),
    ).toEqual([people.chair.name, people.kommunal.name]);
    expect(meeting.protocolStatus).toBe('justerat');
    expect(meeting.justeringar).toHaveLength(1);
    const sentence = meeting.approvals
      .map((approval) => `${approval.justerare.name} för ${approval.party.organisation ?? 'arbetsgivaren'}`)
      .join(' och ');
    expect(sentence).toBe(
      `${people.ssr.name} för Akademikerförbundet SSR och ${people.viceChair.name} för arbetsgivaren`,
    );
  });

  it('keeps in the history who did what, each with their own account', async () => {
    const { events } = await hr.get<{ events: { type: string; actor: string }[] }>(
      `${meetingPath('seed')}/history`,
    );
    const actorOf = (type: string) =>
      events.filter((event) => event.type === type).map((event) => event.actor);
    const dialogs = SEED_002.records.filter((record) => record.kind === 'dialog');
    expect(dialogs).toHaveLength(3);
    expect(actorOf('MeetingScheduled')).toEqual([idOf('chair')]);
    expect(actorOf('KallelseIssued')).toEqual([idOf('secretary')]);
    expect(actorOf('DialogRecorded')).toEqual(dialogs.map(() => idOf('secretary')));
    expect(actorOf('ItemDeferred')).toEqual([idOf('viceChair')]);
    expect(actorOf('MeetingClosed')).toEqual([idOf('viceChair')]);
    expect(actorOf('JusteringApproved')).toEqual([idOf('ssr'), idOf('viceChair')]);
    expect(events.map((event) => event.type)).toContain('ProtocolJusterat');
    expect(events.filter((event) => event.type === 'FollowUpDateAssigned')).toHaveLength(followUps.length);
    expect(followUps).toHaveLength(3);
  });

  it('sets follow-up dates on the dialog items, each opening a follow-up (completed on 25 March when due by then)', async () => {
    const { agenda } = await seedMeeting();
    for (const followUp of followUps) {
      const [assigned] = agenda.find((item) => item.itemId === followUp.itemId)?.records?.followUps ?? [];
      expect(assigned).toMatchObject({ action: followUp.action, dueDate: followUp.dueDate });
      const opened = await member.get(`/api/follow-ups/${assigned?.followUpId}`);
      expect(opened).toMatchObject({
        status: followUp.dueDate <= meetings.next.date ? 'completed' : 'open',
        origin: {
          meetingId: first.meetings.seed.meetingId,
          itemId: followUp.itemId,
          meetingDate: meetings.seed.date,
        },
      });
    }
  });

  it('brings the deferred item and the due follow-ups back on 25 March, each "från § N, 2019-02-25"', async () => {
    const next = await member.get<{ agendaVersion: number; meetingDate: string; agenda: Agenda }>(
      meetingPath('next'),
    );
    expect(next).toMatchObject({ meetingDate: meetings.next.date, agendaVersion: 0 });
    const returningFollowUp = (followUp: (typeof followUps)[number], fromParagraph: number) =>
      expect.objectContaining({
        title: followUp.action,
        kind: 'återrapportering',
        presenters: [personOf(followUp.responsible)],
        origin: expect.objectContaining({
          kind: 'follow-up',
          fromItemId: followUp.itemId,
          fromParagraph,
          fromDate: meetings.seed.date,
          dueDate: followUp.dueDate,
        }),
      });
    expect(next.agenda).toEqual([
      expect.objectContaining({
        title: titleOf(deferral.itemId),
        kind: 'dialog',
        proposer: KOMMUNAL,
        origin: expect.objectContaining({
          kind: 'deferred',
          fromMeetingId: first.meetings.seed.meetingId,
          fromParagraph: 11,
          fromDate: meetings.seed.date,
          reason: deferral.reason,
        }),
      }),
      // The question the APT below raised on 4 March, with where it was raised.
      expect.objectContaining({
        title: DEMO_APT.escalated.title,
        kind: 'dialog',
        origin: expect.objectContaining({
          kind: 'escalated',
          fromGroupName: DEMO_APT.name,
          fromDate: DEMO_APT.meeting.date,
          fromParagraph: 5,
          question: DEMO_APT.escalated.question,
        }),
      }),
      // Earliest due first (18 March, then 25 March); the follow-up due in May does not come back yet.
      returningFollowUp(followUps[1], 9),
      returningFollowUp(followUps[0], 8),
    ]);
    expect([followUps[1].dueDate, followUps[0].dueDate, meetings.next.date]).toEqual([
      '2019-03-18',
      '2019-03-25',
      '2019-03-25',
    ]);
    expect(first.meetings.next.returning.map((item) => [item.origin, item.fromParagraph])).toEqual([
      ['deferred', 11],
      ['escalated', 5],
      ['follow-up', 9],
      ['follow-up', 8],
    ]);
  });

  it('holds 25 March as 3/2019: every returning item taken up, closed at the times it was held, awaiting justering', async () => {
    const next = await member.get<{
      agenda: Agenda;
      startedAt: string;
      endedAt: string;
      justeringRequest?: { revision: number; lastDate: string; justerare: { name: string }[] };
    }>(meetingPath('next'));
    expect(first.meetings.next).toMatchObject({
      protocolNumber: meetings.next.protocolNumber,
      status: 'closed',
      protocolStatus: expect.not.stringMatching(/^justerat$/),
    });
    expect([Date.parse(next.startedAt), Date.parse(next.endedAt)]).toEqual(
      [DEMO_MARCH.held.startedAt, DEMO_MARCH.held.endedAt].map(Date.parse),
    );
    // The sekreterare has asked its two justerare, so the demo user finds it waiting for them.
    expect(next.justeringRequest).toMatchObject({
      revision: 1,
      lastDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(next.justeringRequest?.justerare.map(({ name }) => name).sort()).toEqual(
      SEED_002_JUSTERARE.map((who) => SEED_002.people[who].name).sort(),
    );
    const answered = next.agenda.find((item) => item.origin?.kind === 'escalated');
    expect(answered?.records?.dialog?.text).toBe(DEMO_MARCH.answer);
  });

  it("brings the FSG/VSG's answer back on the APT's next kallelse (8 April), in HTML and PDF", async () => {
    const { aptNext } = first.meetings;
    expect(aptNext).toMatchObject({ date: DEMO_APT_APRIL.date, status: 'scheduled' });
    expect(aptNext.returning).toEqual([
      expect.objectContaining({
        title: DEMO_APT.escalated.title,
        origin: 'answer',
        fromGroupName: SEED_002.group.name,
        fromDate: meetings.next.date,
        answer: DEMO_MARCH.answer,
      }),
    ]);
    await projectToHead(demo.app, DOCUMENT_PROJECTIONS);
    // The APT's ordförande reads it (the FSG/VSG's ordförande, who runs the APT too).
    const documents = `/api/meetings/${aptNext.meetingId}/documents`;
    const read = (file: string) => bytesAs(demo.app, demoPersonOf('chair').email, `${documents}/${file}`);
    const html = words(visibleText(Buffer.from(await read('kallelse.html')).toString('utf8')));
    const pdf = (await readPdf(await read('kallelse.pdf'))).text;
    const answer = new RegExp(
      `Svar från ${SEED_002.group.name}, § \\d+, ${meetings.next.date} ` +
        `\\(överlämnat från § 5, ${DEMO_APT.meeting.date}\\): ${DEMO_MARCH.answer}`,
    );
    expect(html).toMatch(answer);
    expect(pdf).toMatch(answer);
  });

  it('a second load changes nothing: "already loaded", the same ids, the same stream versions, no new accounts', async () => {
    expect(second.alreadyLoaded).toBe(true);
    expect({ ...second, alreadyLoaded: false }).toEqual(first);
    expect(await demo.streams()).toEqual(streamsAfterFirst);
    expect(streamsAfterFirst.length).toBeGreaterThanOrEqual(10); // organisation, 2 groups, 5 meetings, follow-ups
    expect(await demo.accountCount()).toBe(8);
  });

  it('prints the tenant, every login with the password, the group and the meetings', () => {
    const printed = formatDemoSummary(second, 'http://127.0.0.1:3000');
    expect(printed).toContain('Demo already loaded');
    expect(printed).toMatch(/jenny\.graslund@demo\.exempelstad\.se +Jenny Gräslund \(vice ordförande\)/);
    expect(printed).toContain(DEMO_PASSWORD);
    expect(printed).toContain(first.group.groupId);
    expect(printed).toContain(first.meetings.seed.meetingId);
    expect(printed).toContain(first.meetings.next.meetingId);
    expect(printed).toContain(`deferred från § 11, ${meetings.seed.date}: ${deferral.reason}`);
    expect(printed).toContain('npm start');
  });
});

/** A document's bytes, fetched by the demo person with this e-mail. */
async function bytesAs(app: NestExpressApplication, email: string, path: string): Promise<Uint8Array> {
  const baseUrl = baseUrlOf(app);
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: DEMO_TENANT, email, password: DEMO_PASSWORD }),
  });
  const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${path} as ${email} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

describe('a demo load that stopped half-way', () => {
  it('is completed by the next run, with exactly the streams of a load that never stopped', async () => {
    const interrupted = await startDemo();
    const clean = await startDemo();
    try {
      const stop = new Error('stopped');
      await expect(
        loadDemo(interrupted.app, {
          onStep: (step) => {
            if (step === 'close 2/2019') throw stop;
          },
        }),
      ).rejects.toBe(stop);
      const resumed = await loadDemo(interrupted.app);
      expect(resumed.alreadyLoaded).toBe(false);
      expect(resumed.meetings.seed.protocolStatus).toBe('justerat');
      expect(resumed.meetings.next.returning).toHaveLength(4);
      expect(resumed.meetings.aptNext.returning).toHaveLength(1);

      const cleanSummary = await loadDemo(clean.app);
      // Group, meeting and follow-up ids derive from the tenant and the requests' keys.
      expect(resumed.meetings.seed.meetingId).toBe(cleanSummary.meetings.seed.meetingId);
      expect(await interrupted.streams()).toEqual(await clean.streams());
      expect(await interrupted.accountCount()).toBe(8);
    } finally {
      await interrupted.close();
      await clean.close();
    }
  });
});
