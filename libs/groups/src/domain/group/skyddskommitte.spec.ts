import {
  addMonths,
  type GroupMeetingRecord,
  skyddskommitteWarnings,
  topicsByYear,
} from './skyddskommitte.js';

const meeting = (
  meetingId: string,
  status: GroupMeetingRecord['status'],
  date: string,
  topicItems: GroupMeetingRecord['topicItems'] = [],
): GroupMeetingRecord => ({ meetingId, status, date, topicItems });

describe('skyddskommitté: meeting at least every third month', () => {
  it('adds calendar months and stays inside the month', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2026-10-31', 3)).toBe('2027-01-31');
  });

  it('given a meeting held within three months and the next planned before the date, then no warning', () => {
    const meetings = [meeting('m1', 'closed', '2026-03-10'), meeting('m2', 'scheduled', '2026-06-01')];
    expect(skyddskommitteWarnings(meetings, '2026-05-01')).toEqual([]);
  });

  it('given the last meeting held more than three months ago, then NOT_MET with the date it was due', () => {
    const meetings = [
      meeting('m0', 'closed', '2025-12-01'),
      meeting('m1', 'closed', '2026-01-20'),
      meeting('m2', 'cancelled', '2026-04-01'),
      meeting('m3', 'scheduled', '2026-06-01'),
    ];
    expect(skyddskommitteWarnings(meetings, '2026-04-21')).toEqual([
      {
        code: 'SKYDDSKOMMITTE.NOT_MET',
        lastHeldOn: '2026-01-20',
        dueBy: '2026-04-20',
        nextPlannedOn: '2026-06-01',
      },
    ]);
    // On the day it is due, it is not yet late.
    expect(skyddskommitteWarnings(meetings, '2026-04-20')).toMatchObject([
      { code: 'SKYDDSKOMMITTE.NEXT_MEETING_TOO_LATE' },
    ]);
  });

  it('a meeting held but not yet closed does not count as held', () => {
    const meetings = [meeting('m1', 'closed', '2026-01-20'), meeting('m2', 'scheduled', '2026-04-10')];
    expect(skyddskommitteWarnings(meetings, '2026-04-25')).toMatchObject([
      { code: 'SKYDDSKOMMITTE.NOT_MET', lastHeldOn: '2026-01-20' },
    ]);
  });

  it('given the next planned meeting more than three months after the last held, then NEXT_MEETING_TOO_LATE', () => {
    const meetings = [meeting('m1', 'closed', '2026-03-10'), meeting('m2', 'scheduled', '2026-06-11')];
    expect(skyddskommitteWarnings(meetings, '2026-05-01')).toEqual([
      {
        code: 'SKYDDSKOMMITTE.NEXT_MEETING_TOO_LATE',
        lastHeldOn: '2026-03-10',
        dueBy: '2026-06-10',
        nextPlannedOn: '2026-06-11',
      },
    ]);
  });

  it('given nothing planned after the last held, then NO_MEETING_PLANNED with the date one is due by', () => {
    expect(skyddskommitteWarnings([meeting('m1', 'closed', '2026-03-10')], '2026-05-01')).toEqual([
      { code: 'SKYDDSKOMMITTE.NO_MEETING_PLANNED', lastHeldOn: '2026-03-10', dueBy: '2026-06-10' },
    ]);
  });

  it('given no meeting held or planned at all, then NO_MEETING_PLANNED; given one planned, nothing yet', () => {
    expect(skyddskommitteWarnings([], '2026-05-01')).toEqual([{ code: 'SKYDDSKOMMITTE.NO_MEETING_PLANNED' }]);
    expect(skyddskommitteWarnings([meeting('m1', 'scheduled', '2026-05-20')], '2026-05-01')).toEqual([]);
  });
});

describe('skyddskommitté: the AML 6:9 questions per year', () => {
  const meetings = [
    meeting('m-2025', 'closed', '2025-11-10', [{ topic: 'foretagshalsovard', handled: true, paragraph: 5 }]),
    meeting('m1', 'closed', '2026-02-10', [
      { topic: 'arlig-uppfoljning-sam', handled: true, paragraph: 4 },
      { topic: 'planering', handled: false, paragraph: 5 },
    ]),
    meeting('m-cancelled', 'cancelled', '2026-03-10', [{ topic: 'handlingsplaner', handled: false }]),
    meeting('m2', 'scheduled', '2026-05-10', [{ topic: 'planering', handled: false }]),
  ].map((record) => (record.status === 'closed' ? { ...record, protocolNumber: '1/2026' } : record));

  it('lists every question each year, newest year first, with where it was handled and where it is planned', () => {
    const years = topicsByYear(meetings, '2026-04-01');
    expect(years.map(({ year }) => year)).toEqual([2026, 2025]);
    const rows = Object.fromEntries(years[0]!.topics.map((row) => [row.topic, row]));
    expect(years[0]!.topics).toHaveLength(9);
    expect(rows['arlig-uppfoljning-sam']).toEqual({
      topic: 'arlig-uppfoljning-sam',
      handledAt: [{ meetingId: 'm1', date: '2026-02-10', paragraph: 4, protocolNumber: '1/2026' }],
      plannedAt: [],
    });
    // Deferred at m1, on m2's agenda: planned, not handled.
    expect(rows.planering).toEqual({
      topic: 'planering',
      handledAt: [],
      plannedAt: [{ meetingId: 'm2', date: '2026-05-10' }],
    });
    // A cancelled meeting neither handled nor plans anything.
    expect(rows.handlingsplaner).toEqual({ topic: 'handlingsplaner', handledAt: [], plannedAt: [] });
    expect(years[1]!.topics.find((row) => row.topic === 'foretagshalsovard')?.handledAt).toHaveLength(1);
  });

  it('a year with no meetings yet still lists every question as not handled', () => {
    const [year] = topicsByYear([], '2027-01-05');
    expect(year?.year).toBe(2027);
    expect(year?.topics.every((row) => row.handledAt.length === 0 && row.plannedAt.length === 0)).toBe(true);
  });
});
