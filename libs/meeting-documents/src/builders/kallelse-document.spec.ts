import type { AgendaItem, LiveAgendaItem, MeetingEvent } from '#libs/meetings';
import {
  agendaSet,
  at,
  group,
  meetingId,
  people,
  prepared,
  scheduled,
  ssr,
  stateAfter,
} from './document.fixtures.js';
import { buildKallelseDocument, nextKallelse } from './kallelse-document.js';

const kallelseAfter = (events: readonly MeetingEvent[]) => buildKallelseDocument(stateAfter(events), group);

const returning: AgendaItem[] = [
  {
    itemId: 'deferred:m-2019-1:i-tema',
    title: 'Fackliga parter återkopplar kring förra tematräffen',
    kind: 'dialog',
    proposer: ssr,
    estimatedMinutes: 15,
    origin: {
      kind: 'deferred',
      fromMeetingId: 'm-2019-1',
      fromItemId: 'i-tema',
      fromParagraph: 11,
      fromDate: '2019-01-28',
      reason: 'Kommunal deltar inte.',
    },
  },
  {
    itemId: 'follow-up:f-1',
    title: 'Redovisa enkätsvaren',
    kind: 'återrapportering',
    presenters: [people.secretary],
    proposer: { side: 'employer' },
    estimatedMinutes: 10,
    origin: {
      kind: 'follow-up',
      followUpId: 'f-1',
      fromMeetingId: 'm-2019-1',
      fromItemId: 'i-avslut',
      fromParagraph: 7,
      fromDate: '2019-01-28',
      dueDate: '2019-02-25',
    },
  },
];
const withCarryOver: MeetingEvent = {
  ...scheduled,
  data: {
    ...(scheduled.data as Extract<MeetingEvent, { type: 'MeetingScheduled' }>['data']),
    carriedOver: returning,
  },
} as MeetingEvent;

describe('the kallelse of a meeting', () => {
  it('numbers the procedural points 1–3 and each item with the § it will get', () => {
    expect(kallelseAfter(prepared).items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
      [3, 'Fastställande av dagordning'],
      [4, 'Nytt inom arbetsmiljö'],
      [5, 'Uppföljning av avslutningssamtalen'],
      [6, 'Webbenkät årlig uppföljning – samverkan'],
    ]);
    expect(kallelseAfter(prepared).status).toBe('planerat');
  });

  it('marks returning items with where they came from, the proposing union and the minutes', () => {
    const kallelse = kallelseAfter([withCarryOver]);
    expect(kallelse.items.slice(3)).toEqual([
      {
        number: 4,
        itemId: 'deferred:m-2019-1:i-tema',
        title: 'Fackliga parter återkopplar kring förra tematräffen',
        kind: 'dialog',
        estimatedMinutes: 15,
        proposedBy: { side: 'union', name: 'Akademikerförbundet SSR' },
        origin: { kind: 'deferred', paragraph: 11, date: '2019-01-28', reason: 'Kommunal deltar inte.' },
      },
      {
        number: 5,
        itemId: 'follow-up:f-1',
        title: 'Redovisa enkätsvaren',
        kind: 'återrapportering',
        presenter: 'Sofia Hägg',
        estimatedMinutes: 10,
        origin: { kind: 'follow-up', paragraph: 7, date: '2019-01-28', dueDate: '2019-02-25' },
      },
    ]);
    expect(kallelse.totalMinutes).toBe(25);
  });

  it('records the kallelse sent', () => {
    const issued: MeetingEvent = {
      type: 'KallelseIssued',
      data: { meetingId, agendaVersion: 1, recipients: [people.chair, people.ssrRep], at },
    };
    expect(kallelseAfter([...prepared, issued]).issued).toEqual({ agendaVersion: 1, at, recipients: 2 });
  });
});

describe('the version of a kallelse (the iCalendar SEQUENCE)', () => {
  const first = nextKallelse(undefined, kallelseAfter([scheduled]), '2019-02-01T09:00:00Z');

  it('starts at 0', () => {
    expect([first.sequence, first.updatedAt]).toEqual([0, '2019-02-01T09:00:00Z']);
  });

  it('rises when the agenda changes, and keeps its time when nothing a calendar shows changed', () => {
    const changed = nextKallelse(first, kallelseAfter([scheduled, agendaSet]), at);
    expect([changed.sequence, changed.updatedAt]).toEqual([1, at]);
    const resent = nextKallelse(changed, kallelseAfter([scheduled, agendaSet]), '2019-02-20T10:00:00Z');
    expect([resent.sequence, resent.updatedAt]).toEqual([1, at]);
  });

  it('does not care in which order a stored version lists its keys (jsonb reorders them)', () => {
    const reread = { ...first, header: Object.fromEntries(Object.entries(first.header).reverse()) };
    expect(nextKallelse(reread as typeof first, kallelseAfter([scheduled]), at).sequence).toBe(0);
  });
});

describe('kallelse document: the live agenda proposal of a coming meeting', () => {
  const [deferred, followUp] = returning;
  const live: LiveAgendaItem[] = [
    { ...deferred, carryOver: 'withdrawn', sinceKallelse: 'withdrawn' },
    {
      ...followUp,
      carryOver: 'proposed',
      sinceKallelse: 'added',
      confidential: true,
      followUp: {
        reports: [{ meetingId: 'm-2019-1', text: 'Hälften har svarat.', at: '2019-01-28T10:00:00Z' }],
        reschedules: [
          {
            previousDueDate: '2019-01-31',
            newDueDate: '2019-02-25',
            reason: 'Fler svar behövs.',
            by: people.secretary,
            at: '2019-01-30T10:00:00Z',
          },
        ],
      },
    },
  ];
  const items = buildKallelseDocument(stateAfter([scheduled]), group, live).items.slice(3);

  it('lists the live items instead of the recorded agenda, a withdrawn one marked so', () => {
    expect(items.map(({ itemId, withdrawn }) => [itemId, withdrawn])).toEqual([
      [deferred.itemId, true],
      [followUp.itemId, undefined],
    ]);
  });

  it('marks what came after the kallelse, carries the confidentiality of the source and the follow-up’s history', () => {
    expect(items[1]).toMatchObject({
      addedSinceKallelse: true,
      confidential: {},
      rescheduled: [
        { from: '2019-01-31', to: '2019-02-25', reason: 'Fler svar behövs.', by: people.secretary.name },
      ],
      reported: [{ date: '2019-01-28', text: 'Hälften har svarat.' }],
    });
  });
});
