import { swedishLongDate } from '#libs/documents';
import { type IsoDate, WORK_ENVIRONMENT_TOPIC_LABELS } from '#libs/shared-kernel';
import {
  type GroupMeetingRecord,
  type SkyddskommitteWarning,
  skyddskommitteWarnings,
  type TopicYear,
  topicsByYear,
} from '../../../domain/group/index.js';

/** A warning as the API and the Grupp page show it: a stable code, the dates, and the Swedish text. */
export interface GroupWarningView extends SkyddskommitteWarning {
  text: string;
}

export interface TopicYearView extends Omit<TopicYear, 'topics'> {
  topics: (TopicYear['topics'][number] & { label: string })[];
}

export interface SkyddskommitteView {
  warnings: GroupWarningView[];
  /** The AML 6:9 questions per year, newest first. */
  topicsByYear: TopicYearView[];
}

const prose = (date: IsoDate | undefined) => (date === undefined ? '' : swedishLongDate(date));

export function warningText(warning: SkyddskommitteWarning): string {
  const rule = 'En skyddskommitté ska sammanträda minst var tredje månad.';
  switch (warning.code) {
    case 'SKYDDSKOMMITTE.NOT_MET':
      return `Gruppen har inte haft något möte sedan ${prose(warning.lastHeldOn)}; nästa borde ha hållits senast ${prose(warning.dueBy)}. ${rule}`;
    case 'SKYDDSKOMMITTE.NEXT_MEETING_TOO_LATE':
      return `Nästa planerade möte, ${prose(warning.nextPlannedOn)}, ligger mer än tre månader efter det senaste (${prose(warning.lastHeldOn)}); ett möte behövs senast ${prose(warning.dueBy)}. ${rule}`;
    case 'SKYDDSKOMMITTE.NO_MEETING_PLANNED':
      return warning.dueBy === undefined
        ? `Gruppen har inget hållet eller planerat möte. ${rule}`
        : `Inget möte är planerat; nästa behövs senast ${prose(warning.dueBy)} (det senaste var ${prose(warning.lastHeldOn)}). ${rule}`;
  }
}

export function skyddskommitteView(
  meetings: readonly GroupMeetingRecord[],
  today: IsoDate,
): SkyddskommitteView {
  return {
    warnings: skyddskommitteWarnings(meetings, today).map((warning) => ({
      ...warning,
      text: warningText(warning),
    })),
    topicsByYear: topicsByYear(meetings, today).map((year) => ({
      ...year,
      topics: year.topics.map((row) => ({
        ...row,
        label: WORK_ENVIRONMENT_TOPIC_LABELS[row.topic],
      })),
    })),
  };
}
