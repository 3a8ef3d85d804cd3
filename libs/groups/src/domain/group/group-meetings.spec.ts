import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { GroupCommand } from './commands.js';
import type { GroupEvent } from './events.js';
import { groupDecider } from './group.decider.js';

const spec = deciderSpecification(groupDecider);
const groupId = 'group-fsg-soc';
const at = '2019-01-07T08:00:00Z';
const created: GroupEvent = {
  type: 'GroupCreated',
  data: {
    groupId,
    organisationId: 'org-1',
    name: 'FSG/VSG Socialförvaltningen',
    levels: ['FSG', 'VSG'],
    unitId: 'unit-soc',
    actsAsSkyddskommitte: false,
    at,
  },
};
const add = (meetingId: string): GroupCommand => ({ type: 'AddMeeting', data: { groupId, meetingId, at } });
const added = (meetingId: string): GroupEvent => ({ type: 'MeetingAdded', data: { groupId, meetingId, at } });
const numbered = (meetingId: string, number: number): GroupEvent => ({
  type: 'ProtocolNumberAllocated',
  data: { groupId, meetingId, year: 2019, number, format: 'N/YYYY', at },
});

describe('samverkansgrupp: the meetings it has, numbered or not', () => {
  it('a meeting scheduled is added to the group', () => {
    spec
      .given([created])
      .when(add('m-1'))
      .then([added('m-1')]);
  });

  it('adding the same meeting again (a retried scheduling) records nothing', () => {
    spec
      .given([created, added('m-1')])
      .when(add('m-1'))
      .then([]);
  });

  it('a group that does not exist takes no meeting (GROUP.NOT_CREATED)', () => {
    spec.given([]).when(add('m-1')).thenThrows('GROUP.NOT_CREATED');
  });

  it('lists its meetings in the order they were scheduled, whatever order they are numbered in', () => {
    const state = foldEvents(groupDecider, [created, added('m-1'), added('m-2'), numbered('m-2', 1)]);
    expect(state.meetingIds).toEqual(['m-1', 'm-2']);
    expect(Object.keys(state.protocolNumbers)).toEqual(['m-2']);
  });

  it('knows a meeting numbered at scheduling, before MeetingAdded existed, by its number alone', () => {
    const state = foldEvents(groupDecider, [created, numbered('m-old', 1), added('m-new')]);
    expect(state.meetingIds).toEqual(['m-old', 'm-new']);
  });
});
