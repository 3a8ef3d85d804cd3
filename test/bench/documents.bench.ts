/**
 * `npm run bench:documents`: how long the documents of a large meeting take to render. A 40-item
 * FSG/VSG meeting is recorded through the meeting decider (commands decided and folded, as the
 * service does), its protocol, minnesanteckningar and kallelse are built, and each is rendered to
 * HTML and PDF by the production DocumentRenderer: warm-up runs first, then BENCH_HTML_RUNS (200)
 * and BENCH_PDF_RUNS (30) timed runs. Prints a table; asserts nothing (figures for the README and
 * the targets, not a timed test). BENCH_WRITE=<folder> also writes the rendered files there,
 * to look at what was measured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { foldEvents } from '#libs/ddd';
import { DocumentRenderer, type MeetingDocument, type RenderFormat } from '#libs/documents';
import {
  buildKallelseDocument,
  buildMinnesanteckningarDocument,
  buildProtocolDocument,
  type GroupContext,
  nextKallelse,
} from '#libs/meeting-documents';
import {
  type AgendaItem,
  type MeetingCommand,
  meetingDecider,
  type MeetingEvent,
  type MeetingState,
} from '#libs/meetings';
import {
  EMPLOYER as employer,
  KOMMUNAL as kommunal,
  SEED_002,
  SEED_002_STAFF,
  seed002Attendance,
  seed002Justerare,
  SSR as ssr,
  VISION as vision,
} from '#libs/seeds';
import { type Party, type PartyStatement, type PersonRef } from '#libs/shared-kernel';
import { protocolTextHash } from '../../libs/meetings/src/application/protocol/protocol-text-hash.js';
import { row } from './measure.js';

const HTML_RUNS = Number(process.env.BENCH_HTML_RUNS ?? 200);
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 30);
const WARM_UP = { html: 20, pdf: 5 } as const;
const WRITE_TO = process.env.BENCH_WRITE;
/** The targets for a 40-item meeting, checked against the median and the p95. */
const TARGET_MS = { html: 20, pdf: 300 } as const;

// ---------------------------------------------------------------------------------------------
// The meeting: 40 items, recorded through the decider
// ---------------------------------------------------------------------------------------------

// Seed 002's organisation, group and people, with a skyddsombud and HR as well.
const { unionOrganisations } = SEED_002;
const skyddsombud: PersonRef = { personId: 'p-lars', name: 'Lars Ekström' };
const people = { ...SEED_002.people, skyddsombud, hr: SEED_002_STAFF.hr } satisfies Record<string, PersonRef>;
const group: GroupContext = {
  organisationName: SEED_002.organisation,
  groupName: SEED_002.group.name,
  groupLevels: SEED_002.group.levels.join('/'),
  forvaltning: SEED_002.unit.name,
};
const meetingId = 'm-bench-2019-2';
/** `'08:30'` → that time (UTC) on the meeting day; `'02-18T09:00'` → that day and time of 2019 (UTC). */
const at = (time: string) => (time.includes('T') ? `2019-${time}:00Z` : `2019-02-25T${time}:00Z`);

const seedTitles = (kind: AgendaItem['kind']) =>
  SEED_002.agenda.filter((item) => item.kind === kind).map((item) => item.title);
const TITLES: Record<'information' | 'dialog' | 'beslut', string[]> = {
  information: [
    ...seedTitles('information'),
    'Ekonomisk uppföljning januari',
    'Sjukfrånvaro per enhet',
    'Lokalförsörjning Tallkrogen',
    'Digitaliseringsprojektet e-tjänster',
    'Löneöversyn 2019 – tidplan',
    'Semesterplanering sommaren 2019',
    'Kompetensutveckling för socialsekreterare',
    'Heltidsresan',
    'Nya riktlinjer för tjänsteresor',
    'Internkontrollplan 2019',
  ],
  dialog: [
    ...seedTitles('dialog'),
    'Medarbetarundersökningen 2018 – handlingsplaner',
    'Arbetsbelastning i utredningsgrupperna',
    'Introduktion av nyanställda',
    'Samverkansavtalets tillämpning',
    'Rehabiliteringsärenden – rutin',
    'Organisationsöversyn Vuxen',
    'Schemaläggning under helger',
    'Friskvårdsbidraget',
    'Arbetsmiljöronder våren 2019',
    'Bemanning under sommaren',
  ],
  beslut: [
    ...seedTitles('beslut'),
    'Ny delegationsordning för attestering',
    'Riktlinjer för distansarbete',
    'Ändrade öppettider i Socialtjänstens mottagning',
    'Avveckling av jourlägenheten på Storgatan',
    'Handlingsplan efter medarbetarundersökningen',
    'Omplacering inom enheten Stöd och behandling',
    'Inrättande av tjänst som samordnare',
    'Arbetsmiljöpolicy – revidering',
    'Mötesplan för FSG/VSG hösten 2019',
  ],
};
const CONFIDENTIAL_TITLE = 'Omplacering inom enheten Stöd och behandling';
const { deferral } = SEED_002;
const DEFERRED_TITLE = SEED_002.agenda.find((item) => item.itemId === deferral.itemId)!.title;

/** Every paragraph seed 002 recorded, and every party view, to draw realistic texts from. */
const PARAGRAPHS = SEED_002.records
  .flatMap(({ text }) => text.split('\n\n'))
  .filter((text) => text.length > 60);
const VIEWS = SEED_002.records.flatMap((record) => (record.kind === 'dialog' ? (record.views ?? []) : []));
/** Three paragraphs of seed 002's prose, a different run for each item. */
const textFor = (index: number, paragraphs = 3) =>
  Array.from({ length: paragraphs }, (_, n) => PARAGRAPHS[(index * 2 + n) % PARAGRAPHS.length]).join('\n\n');
const viewsFor = (index: number): PartyStatement[] =>
  [ssr, employer, vision].map((party, n) => ({
    party,
    text: VIEWS[(index + n) % VIEWS.length]!.text.replace('Akademikerförbundet SSR', describe(party)),
  }));
const describe = (party: Party) => (party.side === 'employer' ? 'Arbetsgivaren' : party.organisation);

function agendaOf(): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const kind of ['information', 'dialog', 'beslut'] as const) {
    TITLES[kind].forEach((title, index) => {
      items.push({
        itemId: `i-${kind}-${index + 1}`,
        title,
        kind,
        proposer: title === DEFERRED_TITLE ? kommunal : employer,
        estimatedMinutes: kind === 'information' ? 3 : kind === 'dialog' ? 8 : 5,
        ...(kind === 'information' && index % 3 === 1 ? { presenter: people.hr } : {}),
      });
    });
  }
  return items;
}

/** Items that return from January: one deferred there, one follow-up that is due. */
const CARRIED_OVER: AgendaItem[] = [
  {
    itemId: 'deferred:m-bench-2019-1:i-hot-och-vald',
    title: 'Hot och våld i mottagningen',
    kind: 'dialog',
    proposer: vision,
    estimatedMinutes: 8,
    origin: {
      kind: 'deferred',
      fromMeetingId: 'm-bench-2019-1',
      fromItemId: 'i-hot-och-vald',
      fromParagraph: 9,
      fromDate: '2019-01-28',
      reason: 'Punkten flyttas till nästa möte då skyddsombudet inte kunde delta.',
    },
  },
  {
    itemId: 'follow-up:fu-avslutningsenkater',
    title: 'Återrapportering: digitala avslutningsenkäter',
    kind: 'dialog',
    proposer: employer,
    estimatedMinutes: 5,
    origin: {
      kind: 'follow-up',
      followUpId: 'fu-avslutningsenkater',
      fromMeetingId: 'm-bench-2019-1',
      fromItemId: 'i-avslut',
      fromParagraph: 6,
      fromDate: '2019-01-28',
      dueDate: '2019-02-25',
    },
  },
];

interface RecordedMeeting {
  /** Closed, with both justerare's approval: the protocol is justerat. */
  state: MeetingState;
  /** As the meeting stood when the kallelse was sent. */
  atKallelse: MeetingState;
  kallelseAt: string;
}

function recordMeeting(): RecordedMeeting {
  const events: MeetingEvent[] = [];
  const run = (type: MeetingCommand['type'], data: object, time: string) => {
    const command = { type, data: { meetingId, at: at(time), ...data } } as MeetingCommand;
    events.push(...meetingDecider.decide(command, foldEvents(meetingDecider, events)));
  };

  run(
    'ScheduleMeeting',
    {
      groupId: 'g-fsg-vsg-soc',
      startsAt: at('07:30'),
      endsAt: at('11:30'),
      place: SEED_002.meetings.seed.schedule.place,
      videoLink: 'https://meet.exempelstad.se/fsg-vsg-soc',
      protocolNumber: { number: 2, year: 2019 },
      dnr: SEED_002.meetings.seed.schedule.dnr,
      unionOrganisations,
      carriedOver: CARRIED_OVER,
    },
    '02-01T09:00',
  );
  const ordinary = agendaOf();
  // The returning items open the dialog section; 38 + 2 = 40 items.
  const firstDialog = ordinary.findIndex((item) => item.kind === 'dialog');
  const agenda = [...ordinary.slice(0, firstDialog), ...CARRIED_OVER, ...ordinary.slice(firstDialog)];
  if (agenda.length !== 40) throw new Error(`the benchmark meeting has ${agenda.length} items, not 40`);
  run('SetAgenda', { items: agenda }, '02-11T10:00');
  const confidential = agenda.find((item) => item.title === CONFIDENTIAL_TITLE)!;
  run(
    'MarkItemConfidential',
    {
      itemId: confidential.itemId,
      reason: 'Ärendet rör en enskild medarbetares förhållanden (OSL 39 kap. 3 §).',
    },
    '02-11T10:05',
  );
  run('IssueKallelse', { recipients: Object.values(people) }, '02-18T09:00');
  const kallelseEvents = events.length;

  run(
    'RecordAttendance',
    {
      attendees: [
        ...seed002Attendance(),
        { person: people.skyddsombud, party: vision, role: 'skyddsombud', presence: 'present' },
        { person: people.hr, party: employer, role: 'adjungerad', presence: 'present' },
      ],
    },
    '07:30',
  );
  run('AppointJusterare', { justerare: seed002Justerare() }, '07:32');

  let followUps = 0;
  agenda.forEach((item, index) => {
    const time = `0${8 + Math.floor(index / 20)}:${String((index * 3) % 60).padStart(2, '0')}`;
    if (item.title === DEFERRED_TITLE) {
      run('DeferItem', { itemId: item.itemId, reason: deferral.reason }, time);
      return;
    }
    const text = textFor(index, 2 + (index % 3));
    if (item.kind === 'information') {
      const comments = index % 3 === 0 ? [viewsFor(index)[2]!] : [];
      run('RecordInformation', { itemId: item.itemId, text, presenter: item.presenter, comments }, time);
    } else if (item.kind === 'dialog') {
      run('RecordDialog', { itemId: item.itemId, text, views: viewsFor(index) }, time);
    } else {
      const disagrees = index % 4 === 1;
      run(
        'RecordDecision',
        {
          itemId: item.itemId,
          text,
          outcome: disagrees ? 'oenighet' : 'enighet',
          disagreeing: disagrees ? ['Vision'] : [],
          protokollsanteckningar: disagrees
            ? [
                {
                  party: vision,
                  text: `Vision reserverar sig mot beslutet. ${PARAGRAPHS[index % PARAGRAPHS.length]}`,
                },
              ]
            : [],
        },
        time,
      );
      if (index % 4 === 3) {
        run(
          'AddProtokollsanteckning',
          { itemId: item.itemId, party: ssr, text: viewsFor(index)[0]!.text, enteredBy: people.ssr },
          time,
        );
      }
    }
    if (item.kind !== 'information' && index % 3 === 0) {
      followUps += 1;
      run(
        'AssignFollowUpDate',
        {
          itemId: item.itemId,
          followUpId: `fu-bench-${followUps}`,
          action: `Återrapportera till samverkansgruppen: ${item.title}`,
          responsible: [people.secretary, people.viceChair, people.hr][followUps % 3],
          dueDate: ['2019-03-25', '2019-04-29', '2019-05-27'][followUps % 3],
        },
        time,
      );
    }
  });
  run('CloseMeeting', {}, '11:25');
  const textHash = protocolTextHash(foldEvents(meetingDecider, events));
  run(
    'JusteraProtocol',
    { justerarePersonId: people.ssr.personId, party: ssr, revision: 1, textHash, currentTextHash: textHash },
    '02-27T13:00',
  );
  run(
    'JusteraProtocol',
    {
      justerarePersonId: people.viceChair.personId,
      party: employer,
      revision: 1,
      textHash,
      currentTextHash: textHash,
    },
    '02-28T08:40',
  );

  const state = foldEvents(meetingDecider, events);
  if (state.status !== 'closed' || state.justeringar.length !== 1)
    throw new Error('the benchmark meeting is not closed and justerat');
  return {
    state,
    atKallelse: foldEvents(meetingDecider, events.slice(0, kallelseEvents)),
    kallelseAt: at('02-18T09:00'),
  };
}

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------

interface Stats {
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentiles of the timed runs, in ms. */
function statsOf(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
  return { median: rank(0.5), p95: rank(0.95), max: sorted.at(-1)! };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function pageCount(pdf: Buffer): Promise<number> {
  const loaded = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    return loaded.numPages;
  } finally {
    await loaded.destroy();
  }
}

const ms = (value: number) => value.toFixed(2);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

const recordStarted = performance.now();
const { state, atKallelse, kallelseAt } = recordMeeting();
const recordMs = performance.now() - recordStarted;
const buildStarted = performance.now();
const documents: { name: string; document: MeetingDocument }[] = [
  { name: 'protokoll', document: buildProtocolDocument(state, group) },
  { name: 'minnesanteckningar', document: buildMinnesanteckningarDocument(state, group) },
  {
    name: 'kallelse',
    document: nextKallelse(undefined, buildKallelseDocument(atKallelse, group), kallelseAt),
  },
];
const buildMs = performance.now() - buildStarted;

const records = Object.values(state.items);
const kinds = (kind: string) => state.agenda.filter((item) => item.kind === kind).length;
console.log(
  `documents benchmark: Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ` +
    `${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(2)}; ${HTML_RUNS} HTML and ${PDF_RUNS} PDF runs per document after ` +
    `${WARM_UP.html} and ${WARM_UP.pdf} warm-up runs\n`,
);
console.log(
  `meeting: ${state.agenda.length} items (${kinds('information')} information, ${kinds('dialog')} dialog, ` +
    `${kinds('beslut')} beslut), ${records.filter((r) => r.deferral).length} deferred, ` +
    `${records.filter((r) => r.confidential).length} confidential, ` +
    `${records.reduce((sum, r) => sum + r.followUps.length, 0)} follow-ups, ` +
    `${state.attendance.length} on the närvarolista, closed and justerat; ` +
    `${(JSON.stringify(documents[0]!.document).length / 1024).toFixed(0)} KB of protocol model`,
);
console.log(
  `recorded through the decider in ${ms(recordMs)} ms, the three documents built in ${ms(buildMs)} ms\n`,
);

const context = (document: MeetingDocument) => ({
  audience: 'members' as const,
  revision: document.kind === 'kallelse' ? document.sequence : 1,
  calendarDomain: 'samverkan.localhost',
});
const constructStarted = performance.now();
const renderer = new DocumentRenderer();
const constructMs = performance.now() - constructStarted;
const againStarted = performance.now();
new DocumentRenderer();
const againMs = performance.now() - againStarted;
const render = (document: MeetingDocument, format: RenderFormat) =>
  renderer.render(document, format, context(document));

// First renders, before any warm-up: the protocol's PDF is the process's first (cold) PDF.
const first = new Map<string, number>();
for (const format of ['pdf', 'html'] as const) {
  for (const { name, document } of documents)
    first.set(`${name}.${format}`, await timed(() => render(document, format)));
}
console.log(`DocumentRenderer constructed (templates compiled, fonts read): ${ms(constructMs)} ms`);
console.log(`  a second one (fonts already in memory): ${ms(againMs)} ms`);
console.log(`first (cold) PDF render, protokoll: ${ms(first.get('protokoll.pdf')!)} ms`);
console.log(`first HTML render, protokoll: ${ms(first.get('protokoll.html')!)} ms\n`);

const print = (line: string) => console.log(line);
print(
  row(['document', 'format', 'runs', 'first ms', 'median ms', 'p95 ms', 'max ms', 'size', 'pages', 'target']),
);
print('|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
for (const format of ['html', 'pdf'] as const) {
  const runs = format === 'html' ? HTML_RUNS : PDF_RUNS;
  for (const { name, document } of documents) {
    for (let n = 0; n < WARM_UP[format]; n += 1) await render(document, format);
    const samples: number[] = [];
    let body: Buffer = Buffer.alloc(0);
    for (let n = 0; n < runs; n += 1) {
      const started = performance.now();
      body = (await render(document, format)).body;
      samples.push(performance.now() - started);
    }
    if (WRITE_TO) {
      mkdirSync(WRITE_TO, { recursive: true });
      writeFileSync(join(WRITE_TO, `${name}.${format}`), body);
    }
    const { median, p95, max } = statsOf(samples);
    const target = TARGET_MS[format];
    print(
      row([
        name,
        format.toUpperCase(),
        runs,
        ms(first.get(`${name}.${format}`)!),
        ms(median),
        ms(p95),
        ms(max),
        kb(body.length),
        format === 'pdf' ? await pageCount(body) : '',
        `< ${target} ms: median ${median < target ? '✓' : '✗'}, p95 ${p95 < target ? '✓' : '✗'}`,
      ]),
    );
  }
}
