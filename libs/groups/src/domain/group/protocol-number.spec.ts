import { formatProtocolNumber } from '#domain/shared-kernel';
import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { GroupCommand } from './commands.js';
import type { GroupEvent } from './events.js';
import { groupDecider } from './group.decider.js';

const spec = deciderSpecification(groupDecider);
const groupId = 'group-fsg-soc';
const at = '2019-01-07T08:00:00Z';
const createData = {
  groupId,
  organisationId: 'org-1',
  name: 'FSG/VSG Socialförvaltningen',
  levels: ['FSG', 'VSG'] as ('FSG' | 'VSG')[],
  unitId: 'unit-soc',
  parentGroupId: 'group-csg',
  actsAsSkyddskommitte: true,
  at,
};
const created: GroupEvent = { type: 'GroupCreated', data: createData };
const allocate = (meetingId: string, year: number): GroupCommand => ({
  type: 'AllocateProtocolNumber',
  data: { groupId, meetingId, year, at },
});
const allocated = (meetingId: string, year: number, number: number): GroupEvent => ({
  type: 'ProtocolNumberAllocated',
  data: { groupId, meetingId, year, number, at },
});

describe('samverkansgrupp: protocol numbers N/YYYY', () => {
  it('the first meeting of a year gets number 1', () => {
    spec
      .given([created])
      .when(allocate('m-1', 2019))
      .then([allocated('m-1', 2019, 1)]);
  });

  it('the next meeting of the same year gets the next number', () => {
    spec
      .given([created, allocated('m-1', 2019, 1)])
      .when(allocate('m-2', 2019))
      .then([allocated('m-2', 2019, 2)]);
  });

  it('numbering starts again at 1 in a new year', () => {
    spec
      .given([created, allocated('m-1', 2019, 1), allocated('m-2', 2019, 2)])
      .when(allocate('m-3', 2020))
      .then([allocated('m-3', 2020, 1)]);
  });

  it('allocating again for the same meeting records nothing', () => {
    spec
      .given([created, allocated('m-1', 2019, 1)])
      .when(allocate('m-1', 2019))
      .then([]);
  });

  it('allocating for the same meeting in another year is refused with GROUP.MEETING_ALREADY_NUMBERED', () => {
    spec
      .given([created, allocated('m-1', 2019, 1)])
      .when(allocate('m-1', 2020))
      .thenThrows('GROUP.MEETING_ALREADY_NUMBERED');
  });

  it.each([19, 2019.5, 10000])('year %p is refused with GROUP.INVALID_YEAR', (year) => {
    spec.given([created]).when(allocate('m-1', year)).thenThrows('GROUP.INVALID_YEAR');
  });

  it('the protocol number prints as N/YYYY', () => {
    const state = foldEvents(groupDecider, [created, allocated('m-1', 2019, 1), allocated('m-2', 2019, 2)]);
    expect(formatProtocolNumber(state.protocolNumbers['m-2']!)).toBe('2/2019');
  });
});
