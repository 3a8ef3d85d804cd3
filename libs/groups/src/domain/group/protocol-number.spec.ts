import { formatProtocolNumber, type ProtocolNumberFormat } from '#domain/shared-kernel';
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
const allocated = (
  meetingId: string,
  year: number,
  number: number,
  format: ProtocolNumberFormat = 'N/YYYY',
): GroupEvent => ({
  type: 'ProtocolNumberAllocated',
  data: { groupId, meetingId, year, number, format, at },
});
/** Numbers given before series existed carry no format. */
const allocatedBeforeSeries = (meetingId: string, year: number, number: number): GroupEvent => ({
  type: 'ProtocolNumberAllocated',
  data: { groupId, meetingId, year, number, at },
});
const series: { year: number; firstNumber: number; format: ProtocolNumberFormat } = {
  year: 2019,
  firstNumber: 7,
  format: 'N/YY',
};
const setSeries = (data: Partial<typeof series> = {}): GroupCommand => ({
  type: 'SetProtocolNumberSeries',
  data: { groupId, at, ...series, ...data },
});
const seriesSet = (data: Partial<typeof series> = {}): GroupEvent => ({
  type: 'ProtocolNumberSeriesSet',
  data: { groupId, at, ...series, ...data },
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

  it('a number given before series existed still folds and prints as N/YYYY', () => {
    const state = foldEvents(groupDecider, [created, allocatedBeforeSeries('m-1', 2019, 1)]);
    expect(formatProtocolNumber(state.protocolNumbers['m-1']!)).toBe('1/2019');
  });

  it('the protocol number prints as N/YYYY', () => {
    const state = foldEvents(groupDecider, [created, allocated('m-1', 2019, 1), allocated('m-2', 2019, 2)]);
    expect(formatProtocolNumber(state.protocolNumbers['m-2']!)).toBe('2/2019');
  });
});

describe('samverkansgrupp: a protocol number series per year', () => {
  it('a group starting mid-year sets its first number and format', () => {
    spec.given([created]).when(setSeries()).then([seriesSet()]);
  });

  it('the first meeting closed that year then gets the first number, in the series format', () => {
    spec
      .given([created, seriesSet()])
      .when(allocate('m-1', 2019))
      .then([allocated('m-1', 2019, 7, 'N/YY')]);
  });

  it('the next meeting gets the next number of the series', () => {
    spec
      .given([created, seriesSet(), allocated('m-1', 2019, 7, 'N/YY')])
      .when(allocate('m-2', 2019))
      .then([allocated('m-2', 2019, 8, 'N/YY')]);
  });

  it('a series of one year leaves the next year at 1, N/YYYY', () => {
    spec
      .given([created, seriesSet()])
      .when(allocate('m-1', 2020))
      .then([allocated('m-1', 2020, 1)]);
  });

  it('a number in an N/YY series prints with two digits of the year', () => {
    const state = foldEvents(groupDecider, [created, seriesSet(), allocated('m-1', 2019, 7, 'N/YY')]);
    expect(formatProtocolNumber(state.protocolNumbers['m-1']!)).toBe('7/19');
  });

  it('setting the series it already has records nothing', () => {
    spec.given([created, seriesSet()]).when(setSeries()).then([]);
  });

  it('a series may start above the numbers already given that year', () => {
    spec
      .given([created, allocated('m-1', 2019, 1), allocated('m-2', 2019, 2)])
      .when(setSeries({ firstNumber: 10, format: 'N/YYYY' }))
      .then([seriesSet({ firstNumber: 10, format: 'N/YYYY' })]);
  });

  it('a series starting at or below a number already given is refused with GROUP.PROTOCOL_NUMBER_SERIES_COLLIDES', () => {
    spec
      .given([created, allocated('m-1', 2019, 1), allocated('m-2', 2019, 2)])
      .when(setSeries({ firstNumber: 2, format: 'N/YYYY' }))
      .thenThrows('GROUP.PROTOCOL_NUMBER_SERIES_COLLIDES');
  });

  it('changing the format of a year with numbers given is refused with GROUP.PROTOCOL_NUMBER_SERIES_COLLIDES', () => {
    spec
      .given([created, allocatedBeforeSeries('m-1', 2019, 1)])
      .when(setSeries({ firstNumber: 5 }))
      .thenThrows('GROUP.PROTOCOL_NUMBER_SERIES_COLLIDES');
  });

  it('numbers given in another year do not collide', () => {
    spec
      .given([created, allocated('m-1', 2018, 9)])
      .when(setSeries())
      .then([seriesSet()]);
  });

  it.each([0, -1, 1.5, 10000])(
    'first number %p is refused with GROUP.INVALID_FIRST_PROTOCOL_NUMBER',
    (firstNumber) => {
      spec
        .given([created])
        .when(setSeries({ firstNumber }))
        .thenThrows('GROUP.INVALID_FIRST_PROTOCOL_NUMBER');
    },
  );

  it('a format other than N/YY or N/YYYY is refused with GROUP.INVALID_PROTOCOL_NUMBER_FORMAT', () => {
    spec
      .given([created])
      .when(setSeries({ format: 'YYYY-N' as 'N/YY' }))
      .thenThrows('GROUP.INVALID_PROTOCOL_NUMBER_FORMAT');
  });

  it('a series for year 19 is refused with GROUP.INVALID_YEAR', () => {
    spec
      .given([created])
      .when(setSeries({ year: 19 }))
      .thenThrows('GROUP.INVALID_YEAR');
  });
});
