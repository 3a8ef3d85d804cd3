import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { GroupCommand } from './commands.js';
import type { GroupEvent } from './events.js';
import { groupDecider } from './group.decider.js';
import { meetingRulesOf } from './state.js';

const spec = deciderSpecification(groupDecider);
const at = '2019-03-01T08:00:00Z';
const unionOrganisations = ['Kommunal', 'Vision'];

const created = (groupId: string, levels: ('APT' | 'VSG')[]): GroupEvent => ({
  type: 'GroupCreated',
  data: {
    groupId,
    organisationId: 'org-1',
    name: `${levels.join('/')} Hemtjänst Norr`,
    levels,
    unitId: 'unit-hemtjanst-norr',
    actsAsSkyddskommitte: false,
    at,
  },
});
const apt = created('g-apt', ['APT']);
const vsg = created('g-vsg', ['VSG']);

const join = (groupId: string, party?: { side: 'employer' } | { side: 'union'; organisation: string }) =>
  ({
    type: 'JoinGroup',
    data: {
      groupId,
      person: { personId: 'p-eva', name: 'Eva Ödman' },
      ...(party ? { party } : {}),
      role: 'ledamot',
      joinedOn: '2019-01-01',
      unionOrganisations,
      at,
    },
  }) as GroupCommand;

const setJustering = (groupId: string, justering: string): GroupCommand => ({
  type: 'SetJustering',
  data: { groupId, justering: justering as never, at },
});

describe('APT: a level without formal parties', () => {
  it('a medarbetare joins an APT without a party', () => {
    spec
      .given([apt])
      .when(join('g-apt'))
      .then([
        {
          type: 'MemberJoined',
          data: {
            groupId: 'g-apt',
            person: { personId: 'p-eva', name: 'Eva Ödman' },
            role: 'ledamot',
            joinedOn: '2019-01-01',
            at,
          },
        },
      ]);
  });

  it('the manager joins an APT for the employer', () => {
    spec
      .given([apt])
      .when(join('g-apt', { side: 'employer' }))
      .then([
        {
          type: 'MemberJoined',
          data: {
            groupId: 'g-apt',
            person: { personId: 'p-eva', name: 'Eva Ödman' },
            party: { side: 'employer' },
            role: 'ledamot',
            joinedOn: '2019-01-01',
            at,
          },
        },
      ]);
  });

  it('joining an APT for a union organisation is refused with GROUP.NO_FORMAL_PARTIES', () => {
    spec
      .given([apt])
      .when(join('g-apt', { side: 'union', organisation: 'Kommunal' }))
      .thenThrows('GROUP.NO_FORMAL_PARTIES');
  });

  it('joining a VSG without a party is refused with GROUP.PARTY_REQUIRED', () => {
    spec.given([vsg]).when(join('g-vsg')).thenThrows('GROUP.PARTY_REQUIRED');
  });

  it('a medarbetare who joins again without a party records nothing', () => {
    const joined: GroupEvent = {
      type: 'MemberJoined',
      data: {
        groupId: 'g-apt',
        person: { personId: 'p-eva', name: 'Eva Ödman' },
        role: 'ledamot',
        joinedOn: '2019-01-01',
        at,
      },
    };
    spec.given([apt, joined]).when(join('g-apt')).then([]);
  });
});

describe('the justering setting of a level', () => {
  it('an APT starts without justering and without formal parties', () => {
    expect(meetingRulesOf(foldEvents(groupDecider, [apt]))).toEqual({
      formalParties: false,
      justering: 'off',
      justeringByFederation: false,
    });
  });

  it('a VSG starts with justering by the parties', () => {
    expect(meetingRulesOf(foldEvents(groupDecider, [vsg]))).toEqual({
      formalParties: true,
      justering: 'parties',
      justeringByFederation: false,
    });
  });

  it('a group combining APT with VSG keeps the formal parties', () => {
    const combined = created('g-both', ['VSG', 'APT']);
    expect(meetingRulesOf(foldEvents(groupDecider, [combined])).formalParties).toBe(true);
  });

  it('an APT switches to justering by the employer', () => {
    spec
      .given([apt])
      .when(setJustering('g-apt', 'employer'))
      .then([{ type: 'JusteringSet', data: { groupId: 'g-apt', justering: 'employer', at } }]);
  });

  it('an APT that switches back to no justering has its rules follow', () => {
    const employer: GroupEvent = {
      type: 'JusteringSet',
      data: { groupId: 'g-apt', justering: 'employer', at },
    };
    const off: GroupEvent = { type: 'JusteringSet', data: { groupId: 'g-apt', justering: 'off', at } };
    spec.given([apt, employer]).when(setJustering('g-apt', 'off')).then([off]);
    expect(meetingRulesOf(foldEvents(groupDecider, [apt, employer])).justering).toBe('employer');
  });

  it('setting the justering an APT already has records nothing', () => {
    spec.given([apt]).when(setJustering('g-apt', 'off')).then([]);
  });

  it('an APT cannot be justerad by the parties: GROUP.JUSTERING_NOT_FOR_LEVEL', () => {
    spec.given([apt]).when(setJustering('g-apt', 'parties')).thenThrows('GROUP.JUSTERING_NOT_FOR_LEVEL');
  });

  it.each(['off', 'employer'])(
    'a VSG keeps justering by the parties: %s is refused with GROUP.JUSTERING_NOT_FOR_LEVEL',
    (justering) => {
      spec.given([vsg]).when(setJustering('g-vsg', justering)).thenThrows('GROUP.JUSTERING_NOT_FOR_LEVEL');
    },
  );

  it('an unknown setting is refused with VALIDATION.INVALID_VALUE', () => {
    spec.given([apt]).when(setJustering('g-apt', 'ibland')).thenThrows('VALIDATION.INVALID_VALUE');
  });
});
