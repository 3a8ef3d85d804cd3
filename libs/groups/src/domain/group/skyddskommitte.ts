import { type IsoDate, WORK_ENVIRONMENT_TOPICS, type WorkEnvironmentTopic } from '#domain/shared-kernel';

/**
 * What the group context needs to know of its meetings to watch a skyddskommitté's rhythm and its
 * AML 6:9 questions. The meetings context (higher) provides it through GroupMeetingRecordsQuery.
 */
export interface GroupMeetingRecord {
  meetingId: string;
  status: 'scheduled' | 'closed' | 'cancelled';
  /** The meeting's date in Europe/Stockholm. */
  date: IsoDate;
  /** "2/2026", once closed. */
  protocolNumber?: string;
  topicItems: { topic: WorkEnvironmentTopic; handled: boolean; paragraph?: number }[];
}

/**
 * A skyddskommitté meets at least every third month (DOMAIN.md; arbetsmiljöförordningen 6 § says
 * at least once a quarter). Months, not 91 days: a meeting on 15 January is due by 15 April.
 */
export const SKYDDSKOMMITTE_INTERVAL_MONTHS = 3;

export const SKYDDSKOMMITTE_WARNING_CODES = [
  'SKYDDSKOMMITTE.NOT_MET',
  'SKYDDSKOMMITTE.NEXT_MEETING_TOO_LATE',
  'SKYDDSKOMMITTE.NO_MEETING_PLANNED',
] as const;
export type SkyddskommitteWarningCode = (typeof SKYDDSKOMMITTE_WARNING_CODES)[number];

export interface SkyddskommitteWarning {
  code: SkyddskommitteWarningCode;
  /** The last meeting held (closed), if any. */
  lastHeldOn?: IsoDate;
  /** The date by which the next meeting should be held. */
  dueBy?: IsoDate;
  /** The next meeting planned, if any. */
  nextPlannedOn?: IsoDate;
}

/** `date` plus whole months, kept inside the month: 30 November + 3 months is 28 (29) February. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The warnings of a group acting as skyddskommitté, as of `today`:
 * - NOT_MET: more than three months have passed since the last meeting held (closed);
 * - NEXT_MEETING_TOO_LATE: not yet, but the next meeting planned lies after that date;
 * - NO_MEETING_PLANNED: not yet, and nothing is planned; or the group has neither held nor planned
 *   a meeting at all.
 * A meeting held but not yet closed is not counted as held: until it is written up nothing shows
 * it took place. Cancelled meetings count for nothing.
 */
export function skyddskommitteWarnings(
  meetings: readonly GroupMeetingRecord[],
  today: IsoDate,
): SkyddskommitteWarning[] {
  const lastHeldOn = meetings
    .filter((meeting) => meeting.status === 'closed' && meeting.date <= today)
    .map((meeting) => meeting.date)
    .sort()
    .at(-1);
  const nextPlannedOn = meetings
    .filter((meeting) => meeting.status === 'scheduled' && meeting.date >= today)
    .map((meeting) => meeting.date)
    .sort()[0];
  if (lastHeldOn === undefined) {
    return nextPlannedOn === undefined ? [{ code: 'SKYDDSKOMMITTE.NO_MEETING_PLANNED' }] : [];
  }
  const dueBy = addMonths(lastHeldOn, SKYDDSKOMMITTE_INTERVAL_MONTHS);
  const facts = { lastHeldOn, dueBy, ...(nextPlannedOn === undefined ? {} : { nextPlannedOn }) };
  if (today > dueBy) return [{ code: 'SKYDDSKOMMITTE.NOT_MET', ...facts }];
  if (nextPlannedOn === undefined) return [{ code: 'SKYDDSKOMMITTE.NO_MEETING_PLANNED', ...facts }];
  if (nextPlannedOn > dueBy) return [{ code: 'SKYDDSKOMMITTE.NEXT_MEETING_TOO_LATE', ...facts }];
  return [];
}

/** One AML 6:9 question in one year: the meetings that handled it and those where it is planned. */
export interface TopicYearRow {
  topic: WorkEnvironmentTopic;
  handledAt: { meetingId: string; date: IsoDate; paragraph?: number; protocolNumber?: string }[];
  plannedAt: { meetingId: string; date: IsoDate }[];
}

export interface TopicYear {
  year: number;
  topics: TopicYearRow[];
}

/**
 * Per year (the meetings' years and `today`'s, newest first), every AML 6:9 question with the
 * closed meetings that handled it and the coming ones that have it on their agenda: what is left
 * of the year's questions is what has neither.
 */
export function topicsByYear(meetings: readonly GroupMeetingRecord[], today: IsoDate): TopicYear[] {
  const counted = meetings.filter((meeting) => meeting.status !== 'cancelled');
  const years = [...new Set([Number(today.slice(0, 4)), ...counted.map((m) => Number(m.date.slice(0, 4)))])];
  const byDate = [...counted].sort((a, b) => a.date.localeCompare(b.date));
  return years
    .sort((a, b) => b - a)
    .map((year) => {
      const ofYear = byDate.filter((meeting) => Number(meeting.date.slice(0, 4)) === year);
      return {
        year,
        topics: WORK_ENVIRONMENT_TOPICS.map((topic): TopicYearRow => ({
          topic,
          handledAt: ofYear.flatMap((meeting) =>
            meeting.status === 'closed'
              ? meeting.topicItems
                  .filter((item) => item.topic === topic && item.handled)
                  .map((item) => ({
                    meetingId: meeting.meetingId,
                    date: meeting.date,
                    ...(item.paragraph === undefined ? {} : { paragraph: item.paragraph }),
                    ...(meeting.protocolNumber === undefined
                      ? {}
                      : { protocolNumber: meeting.protocolNumber }),
                  }))
              : [],
          ),
          plannedAt: ofYear
            .filter(
              (meeting) =>
                meeting.status === 'scheduled' && meeting.topicItems.some((item) => item.topic === topic),
            )
            .map((meeting) => ({ meetingId: meeting.meetingId, date: meeting.date })),
        })),
      };
    });
}
