import type { IsoDate } from '#domain/shared-kernel';
import { groupError } from './errors.js';
import type { GroupLevel } from './group-level.js';

/**
 * How many days before a meeting its kallelse (the notice) and its agenda should go out. The only
 * guidance in DOMAIN.md is the APT's (notice about two weeks ahead, agenda about one week); the
 * samverkan levels take the same, as local samverkansavtal commonly do, and the CSG, which gathers
 * the most members and organisations, a week more for both. A group may set its own
 * (SetNoticeTimes); these are the starting point.
 */
export interface NoticeTimes {
  kallelseDays: number;
  agendaDays: number;
}

export const DEFAULT_NOTICE_TIMES: Record<GroupLevel, NoticeTimes> = {
  CSG: { kallelseDays: 21, agendaDays: 14 },
  FSG: { kallelseDays: 14, agendaDays: 7 },
  VSG: { kallelseDays: 14, agendaDays: 7 },
  LSG: { kallelseDays: 14, agendaDays: 7 },
  APT: { kallelseDays: 14, agendaDays: 7 },
};

/** A notice is given at most this many days ahead (a quarter: a skyddskommitté's whole interval). */
export const MAX_NOTICE_DAYS = 90;

/**
 * Whole days from 1 to MAX_NOTICE_DAYS, and the agenda no earlier than the kallelse: the notice
 * goes out first and the agenda with it or after it.
 */
export function requireNoticeTimes({ kallelseDays, agendaDays }: NoticeTimes): NoticeTimes {
  const valid = (days: unknown) =>
    Number.isInteger(days) && (days as number) >= 1 && (days as number) <= MAX_NOTICE_DAYS;
  if (!valid(kallelseDays) || !valid(agendaDays) || agendaDays > kallelseDays)
    throw groupError.invalidNoticeTimes(kallelseDays, agendaDays);
  return { kallelseDays, agendaDays };
}

/** The group's own, else its levels' default; a combined group ("FSG/VSG") takes the longest. */
export function noticeTimesOf(levels: readonly GroupLevel[], own?: NoticeTimes): NoticeTimes {
  if (own) return own;
  const defaults = (levels.length > 0 ? levels : (['APT'] as const)).map(
    (level) => DEFAULT_NOTICE_TIMES[level],
  );
  return {
    kallelseDays: Math.max(...defaults.map((times) => times.kallelseDays)),
    agendaDays: Math.max(...defaults.map((times) => times.agendaDays)),
  };
}

const minusDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export interface NoticeDeadlines {
  kallelseBy: IsoDate;
  agendaBy: IsoDate;
}

/** The last days the kallelse and the agenda should go out for a meeting on `meetingDate`. */
export const noticeDeadlines = (meetingDate: IsoDate, times: NoticeTimes): NoticeDeadlines => ({
  kallelseBy: minusDays(meetingDate, times.kallelseDays),
  agendaBy: minusDays(meetingDate, times.agendaDays),
});

export const NOTICE_WARNING_CODES = [
  'NOTICE.KALLELSE_LATE',
  'NOTICE.KALLELSE_SENT_LATE',
  'NOTICE.AGENDA_LATE',
] as const;
export type NoticeWarningCode = (typeof NOTICE_WARNING_CODES)[number];

export interface NoticeWarning {
  code: NoticeWarningCode;
  /** The deadline missed. */
  dueBy: IsoDate;
  /** When the kallelse went out, for KALLELSE_SENT_LATE. */
  sentOn?: IsoDate;
}

export interface NoticeSituation {
  meetingDate: IsoDate;
  times: NoticeTimes;
  /** The kallelser issued so far, in order: the date each went out (Stockholm) and its agenda version. */
  kallelser: readonly { sentOn: IsoDate; agendaVersion: number }[];
  today: IsoDate;
}

/**
 * What is late in a coming meeting's notice, for the chair:
 * - KALLELSE_LATE: no kallelse went out and its day has passed;
 * - KALLELSE_SENT_LATE: the first went out after its day (nothing to do, but it is seen);
 * - AGENDA_LATE: no kallelse carrying an agenda the chair set (version 1 or later; 0 is the
 *   carried-over proposal) went out and the agenda's day has passed.
 * Nothing once the meeting's day is here: the notice can no longer be on time.
 */
export function lateNotices({ meetingDate, times, kallelser, today }: NoticeSituation): NoticeWarning[] {
  if (today >= meetingDate) return [];
  const { kallelseBy, agendaBy } = noticeDeadlines(meetingDate, times);
  const warnings: NoticeWarning[] = [];
  const first = kallelser[0];
  if (first === undefined) {
    if (today > kallelseBy) warnings.push({ code: 'NOTICE.KALLELSE_LATE', dueBy: kallelseBy });
  } else if (first.sentOn > kallelseBy) {
    warnings.push({ code: 'NOTICE.KALLELSE_SENT_LATE', dueBy: kallelseBy, sentOn: first.sentOn });
  }
  const agendaOut = kallelser.some((kallelse) => kallelse.agendaVersion >= 1);
  if (!agendaOut && today > agendaBy) warnings.push({ code: 'NOTICE.AGENDA_LATE', dueBy: agendaBy });
  return warnings;
}
