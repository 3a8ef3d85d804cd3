import { swedishLongDate } from '#libs/documents';
import {
  type GroupState,
  lateNotices,
  type NoticeDeadlines,
  noticeDeadlines,
  noticeTimesOf,
  type NoticeWarning,
} from '#libs/groups';
import { type IsoDate, stockholmDate } from '#libs/shared-kernel';
import { meetingDate, type MeetingState } from '../../domain/index.js';

export interface NoticeWarningView extends NoticeWarning {
  text: string;
}

/** A coming meeting's notice: when the kallelse and the agenda should go out, and what is late. */
export interface NoticeView extends NoticeDeadlines {
  kallelseDays: number;
  agendaDays: number;
  warnings: NoticeWarningView[];
}

export function noticeWarningText(warning: NoticeWarning): string {
  switch (warning.code) {
    case 'NOTICE.KALLELSE_LATE':
      return `Kallelsen borde ha gått ut ${swedishLongDate(warning.dueBy)}.`;
    case 'NOTICE.KALLELSE_SENT_LATE':
      return `Kallelsen gick ut ${swedishLongDate(warning.sentOn as IsoDate)}, men borde ha gått ut ${swedishLongDate(warning.dueBy)}.`;
    case 'NOTICE.AGENDA_LATE':
      return `Dagordningen borde ha gått ut ${swedishLongDate(warning.dueBy)}.`;
  }
}

/**
 * Only a scheduled meeting has a notice to watch; the times are the group's as they are now (a
 * group that changes its own changes what its coming meetings are measured against).
 */
export function noticeView(
  state: MeetingState,
  group: GroupState | undefined,
  now: Date,
): NoticeView | undefined {
  const date = meetingDate(state);
  if (state.status !== 'scheduled' || date === undefined) return undefined;
  const times = noticeTimesOf(group?.levels ?? [], group?.noticeTimes);
  const warnings = lateNotices({
    meetingDate: date,
    times,
    kallelser: state.kallelser.map((kallelse) => ({
      sentOn: stockholmDate(kallelse.at),
      agendaVersion: kallelse.agendaVersion,
    })),
    today: stockholmDate(now.toISOString()),
  });
  return {
    ...times,
    ...noticeDeadlines(date, times),
    warnings: warnings.map((warning) => ({ ...warning, text: noticeWarningText(warning) })),
  };
}
