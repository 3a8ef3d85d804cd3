import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { GroupCommand } from './commands.js';
import type { GroupEvent } from './events.js';
import { formatGroupLevels } from './group-level.js';
import { groupDecider } from './group.decider.js';
import { activeMembers } from './state.js';

const spec = deciderSpecification(groupDecider);
const groupId = 'group-fsg-soc';
const at = '2019-01-07T08:00:00Z';
const unionOrganisations = ['Kommunal', 'Vision', 'Akademikerförbundet SSR'];
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
const malin = { personId: 'p-malin', name: 'Malin Öberg' };
const joinMalin = (
  overrides: Partial<Extract<GroupCommand, { type: 'JoinGroup' }>['data']> = {},
): GroupCommand => ({
  type: 'JoinGroup',
  data: {
    groupId,
    person: malin,
    party: { side: 'union', organisation: 'Vision' },
    role: 'ledamot',
    joinedOn: '2019-01-01',
    unionOrganisations,
    at,
    ...overrides,
  },
});
const malinJoined: GroupEvent = {
  type: 'MemberJoined',
  data: {
    groupId,
    person: malin,
    party: { side: 'union', organisation: 'Vision' },
    role: 'ledamot',
    joinedOn: '2019-01-01',
    at,
  },
};
const malinLeft: GroupEvent = {
  type: 'MemberLeft',
  data: { groupId, personId: 'p-malin', leftOn: '2019-06-30', at },
};

describe('samverkansgrupp: creation', () => {
  it('creating a combined FSG/VSG group acting as skyddskommitté records it', () => {
    spec.given([]).when({ type: 'CreateGroup', data: createData }).then([created]);
    expect(formatGroupLevels(createData.levels)).toBe('FSG/VSG');
  });

  it('creating a group twice is refused with GROUP.ALREADY_CREATED', () => {
    spec.given([created]).when({ type: 'CreateGroup', data: createData }).thenThrows('GROUP.ALREADY_CREATED');
  });

  it.each([[[]], [['XSG']], [['FSG', 'FSG']]])(
    'creating a group with levels %j is refused with GROUP.INVALID_LEVEL',
    (levels) => {
      spec
        .given([])
        .when({ type: 'CreateGroup', data: { ...createData, levels: levels as never } })
        .thenThrows('GROUP.INVALID_LEVEL');
    },
  );

  it('a group that is its own parent is refused with GROUP.OWN_PARENT', () => {
    spec
      .given([])
      .when({ type: 'CreateGroup', data: { ...createData, parentGroupId: groupId } })
      .thenThrows('GROUP.OWN_PARENT');
  });

  it.each([
    [['APT'], ['APT']],
    [['VSG'], ['LSG']],
    [['FSG'], ['VSG']],
    [['CSG'], ['FSG', 'VSG']],
  ])('a %j group under a %j parent is refused with GROUP.PARENT_NOT_HIGHER_LEVEL', (levels, parentLevels) => {
    spec
      .given([])
      .when({
        type: 'CreateGroup',
        data: {
          ...createData,
          levels: levels as never,
          parentGroupId: 'g-parent',
          parentLevels: parentLevels as never,
        },
      })
      .thenThrows('GROUP.PARENT_NOT_HIGHER_LEVEL');
  });

  it.each([
    [['APT'], ['VSG']],
    [['APT'], ['FSG', 'VSG']],
    [['VSG'], ['FSG', 'VSG']],
    [['FSG'], ['CSG']],
  ])('a %j group is created under a %j parent, which sits higher', (levels, parentLevels) => {
    const data = {
      ...createData,
      levels: levels as never,
      parentGroupId: 'g-parent',
      parentLevels: parentLevels as never,
    };
    const { parentLevels: _read, ...definition } = data;
    spec
      .given([])
      .when({ type: 'CreateGroup', data })
      .then([{ type: 'GroupCreated', data: { ...created.data, ...definition } }]);
  });

  it('a group without a name is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given([])
      .when({ type: 'CreateGroup', data: { ...createData, name: '' } })
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('joining a group that does not exist is refused with GROUP.NOT_CREATED', () => {
    spec.given([]).when(joinMalin()).thenThrows('GROUP.NOT_CREATED');
  });
});

describe('samverkansgrupp: members', () => {
  it('a union member joins for an organisation on the tenant list', () => {
    spec.given([created]).when(joinMalin()).then([malinJoined]);
  });

  it('an employer member joins without a union organisation', () => {
    const person = { personId: 'p-chef', name: 'Åsa Chef' };
    const data = {
      groupId,
      person,
      party: { side: 'employer' as const },
      role: 'ordförande' as const,
      joinedOn: '2019-01-01',
      at,
    };
    spec
      .given([created])
      .when({ type: 'JoinGroup', data: { ...data, unionOrganisations } })
      .then([{ type: 'MemberJoined', data }]);
  });

  it('a union member for an organisation not on the tenant list is refused with VALIDATION.UNKNOWN_UNION_ORGANISATION', () => {
    spec
      .given([created])
      .when(joinMalin({ party: { side: 'union', organisation: 'Vårdförbundet' } }))
      .thenThrows('VALIDATION.UNKNOWN_UNION_ORGANISATION');
  });

  it('an unknown role is refused with VALIDATION.INVALID_VALUE', () => {
    spec
      .given([created])
      .when(joinMalin({ role: 'kassör' as never }))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });

  it('a join date that does not exist (2019-02-30) is refused with VALIDATION.INVALID_DATE', () => {
    spec
      .given([created])
      .when(joinMalin({ joinedOn: '2019-02-30' }))
      .thenThrows('VALIDATION.INVALID_DATE');
  });

  it('a member without a name is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given([created])
      .when(joinMalin({ person: { personId: 'p-x', name: ' ' } }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('joining again with the same side and role records nothing', () => {
    spec.given([created, malinJoined]).when(joinMalin()).then([]);
  });

  it('joining again with another role is refused with GROUP.ALREADY_MEMBER', () => {
    spec
      .given([created, malinJoined])
      .when(joinMalin({ role: 'skyddsombud' }))
      .thenThrows('GROUP.ALREADY_MEMBER');
  });

  it('a member who left can join again', () => {
    const rejoined = joinMalin({ joinedOn: '2020-01-01' });
    spec
      .given([created, malinJoined, malinLeft])
      .when(rejoined)
      .then([
        {
          type: 'MemberJoined',
          data: { ...(malinJoined.data as object), joinedOn: '2020-01-01' },
        } as GroupEvent,
      ]);
  });

  it('a member leaves on a date', () => {
    spec
      .given([created, malinJoined])
      .when({ type: 'LeaveGroup', data: { groupId, personId: 'p-malin', leftOn: '2019-06-30', at } })
      .then([malinLeft]);
  });

  it('leaving again after having left records nothing', () => {
    spec
      .given([created, malinJoined, malinLeft])
      .when({ type: 'LeaveGroup', data: { groupId, personId: 'p-malin', leftOn: '2019-07-01', at } })
      .then([]);
  });

  it('leaving a group one never joined is refused with GROUP.NOT_A_MEMBER', () => {
    spec
      .given([created])
      .when({ type: 'LeaveGroup', data: { groupId, personId: 'p-nobody', leftOn: '2019-06-30', at } })
      .thenThrows('GROUP.NOT_A_MEMBER');
  });

  it('leaving before joining is refused with GROUP.LEFT_BEFORE_JOINED', () => {
    spec
      .given([created, malinJoined])
      .when({ type: 'LeaveGroup', data: { groupId, personId: 'p-malin', leftOn: '2018-12-31', at } })
      .thenThrows('GROUP.LEFT_BEFORE_JOINED');
  });

  it('a leave date that does not exist is refused with VALIDATION.INVALID_DATE', () => {
    spec
      .given([created, malinJoined])
      .when({ type: 'LeaveGroup', data: { groupId, personId: 'p-malin', leftOn: '2019-04-31', at } })
      .thenThrows('VALIDATION.INVALID_DATE');
  });

  it('the state keeps history: a member who left is no longer active', () => {
    const state = foldEvents(groupDecider, [created, malinJoined, malinLeft]);
    expect(state.memberships).toHaveLength(1);
    expect(activeMembers(state)).toEqual([]);
  });
});

describe('samverkansgrupp: who runs the meetings (a vice ordförande from the union side)', () => {
  const setLeadership = (unionViceChairRunsMeetings: boolean): GroupCommand => ({
    type: 'SetMeetingLeadership',
    data: { groupId, unionViceChairRunsMeetings, at },
  });
  const leadershipSet = (unionViceChairRunsMeetings: boolean): GroupEvent => ({
    type: 'MeetingLeadershipSet',
    data: { groupId, unionViceChairRunsMeetings, at },
  });

  it('a group created before the setting existed leaves it to the employer side', () => {
    expect(foldEvents(groupDecider, [created]).unionViceChairRunsMeetings).toBe(false);
  });

  it('a group can be created with the union’s vice ordförande running its meetings', () => {
    const withSetting = { ...createData, unionViceChairRunsMeetings: true };
    spec
      .given([])
      .when({ type: 'CreateGroup', data: withSetting })
      .then([{ type: 'GroupCreated', data: withSetting }]);
    expect(
      foldEvents(groupDecider, [{ type: 'GroupCreated', data: withSetting }]).unionViceChairRunsMeetings,
    ).toBe(true);
  });

  it('changing the setting records it; setting it to what it is records nothing', () => {
    spec
      .given([created])
      .when(setLeadership(true))
      .then([leadershipSet(true)]);
    spec.given([created]).when(setLeadership(false)).then([]);
    expect(foldEvents(groupDecider, [created, leadershipSet(true), leadershipSet(false)])).toMatchObject({
      unionViceChairRunsMeetings: false,
    });
  });

  it('on a group that does not exist it is refused with GROUP.NOT_CREATED', () => {
    spec.given([]).when(setLeadership(true)).thenThrows('GROUP.NOT_CREATED');
  });
});
