import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { GroupCommand } from './commands.js';
import type { GroupEvent } from './events.js';
import { groupDecider } from './group.decider.js';
import { lateNotices, noticeDeadlines, noticeTimesOf } from './notice-times.js';

const apt = { kallelseDays: 14, agendaDays: 7 };

describe('notice times per level', () => {
  it('the APT guidance for APT and the samverkan levels, a week more at CSG; a combined group takes the longest', () => {
    expect(noticeTimesOf(['APT'])).toEqual(apt);
    expect(noticeTimesOf(['FSG', 'VSG'])).toEqual(apt);
    expect(noticeTimesOf(['CSG'])).toEqual({ kallelseDays: 21, agendaDays: 14 });
    expect(noticeTimesOf(['CSG', 'FSG'])).toEqual({ kallelseDays: 21, agendaDays: 14 });
  });

  it('the group’s own times replace the level’s', () => {
    expect(noticeTimesOf(['FSG'], { kallelseDays: 10, agendaDays: 5 })).toEqual({
      kallelseDays: 10,
      agendaDays: 5,
    });
  });

  it('counts back whole days from the meeting’s date, across a month', () => {
    expect(noticeDeadlines('2026-03-05', apt)).toEqual({ kallelseBy: '2026-02-19', agendaBy: '2026-02-26' });
  });
});

describe('what is late in a coming meeting’s notice', () => {
  const meetingDate = '2026-03-20';

  it('given no kallelse and its day passed, then KALLELSE_LATE; on the day itself, nothing', () => {
    expect(lateNotices({ meetingDate, times: apt, kallelser: [], today: '2026-03-06' })).toEqual([]);
    expect(lateNotices({ meetingDate, times: apt, kallelser: [], today: '2026-03-07' })).toEqual([
      { code: 'NOTICE.KALLELSE_LATE', dueBy: '2026-03-06' },
    ]);
  });

  it('given no agenda sent and its day passed, then AGENDA_LATE too', () => {
    expect(lateNotices({ meetingDate, times: apt, kallelser: [], today: '2026-03-14' })).toEqual([
      { code: 'NOTICE.KALLELSE_LATE', dueBy: '2026-03-06' },
      { code: 'NOTICE.AGENDA_LATE', dueBy: '2026-03-13' },
    ]);
  });

  it('given a kallelse on time with only the carried-over proposal, then the agenda is still late after its day', () => {
    const kallelser = [{ sentOn: '2026-03-02', agendaVersion: 0 }];
    expect(lateNotices({ meetingDate, times: apt, kallelser, today: '2026-03-10' })).toEqual([]);
    expect(lateNotices({ meetingDate, times: apt, kallelser, today: '2026-03-14' })).toEqual([
      { code: 'NOTICE.AGENDA_LATE', dueBy: '2026-03-13' },
    ]);
  });

  it('given the kallelse with the chair’s agenda went out late, then KALLELSE_SENT_LATE and the agenda is out', () => {
    const kallelser = [{ sentOn: '2026-03-09', agendaVersion: 2 }];
    expect(lateNotices({ meetingDate, times: apt, kallelser, today: '2026-03-16' })).toEqual([
      { code: 'NOTICE.KALLELSE_SENT_LATE', dueBy: '2026-03-06', sentOn: '2026-03-09' },
    ]);
  });

  it('given everything on time, or the meeting’s day reached, then nothing', () => {
    const kallelser = [{ sentOn: '2026-03-01', agendaVersion: 1 }];
    expect(lateNotices({ meetingDate, times: apt, kallelser, today: '2026-03-19' })).toEqual([]);
    expect(lateNotices({ meetingDate, times: apt, kallelser: [], today: '2026-03-20' })).toEqual([]);
  });
});

describe('group: SetNoticeTimes', () => {
  const spec = deciderSpecification(groupDecider);
  const at = '2026-01-07T08:00:00Z';
  const created: GroupEvent = {
    type: 'GroupCreated',
    data: {
      groupId: 'g-apt',
      organisationId: 'org-1',
      name: 'APT Hemtjänst Norr',
      levels: ['APT'],
      unitId: 'u-norr',
      actsAsSkyddskommitte: true,
      at,
    },
  };
  const set = (kallelseDays: number, agendaDays: number): GroupCommand => ({
    type: 'SetNoticeTimes',
    data: { groupId: 'g-apt', kallelseDays, agendaDays, at },
  });
  const wasSet: GroupEvent = {
    type: 'NoticeTimesSet',
    data: { groupId: 'g-apt', kallelseDays: 10, agendaDays: 5, at },
  };

  it('given a group on its level’s times, when it sets its own, then NoticeTimesSet and they replace the level’s', () => {
    spec.given([created]).when(set(10, 5)).then([wasSet]);
    const state = foldEvents(groupDecider, [created, wasSet]);
    expect(noticeTimesOf(state.levels, state.noticeTimes)).toEqual({ kallelseDays: 10, agendaDays: 5 });
  });

  it('setting the same times again records nothing', () => {
    spec.given([created, wasSet]).when(set(10, 5)).then([]);
  });

  it.each([
    [0, 0],
    [14, 15],
    [91, 7],
    [7.5, 7],
  ])(
    'kallelse %s days and agenda %s days are refused with GROUP.INVALID_NOTICE_TIMES',
    (kallelse, agenda) => {
      spec.given([created]).when(set(kallelse, agenda)).thenThrows('GROUP.INVALID_NOTICE_TIMES');
    },
  );
});
