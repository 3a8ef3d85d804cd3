import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { GroupEvent } from './events.js';
import { groupDecider } from './group.decider.js';
import { meetingRulesOf } from './state.js';

/** Issue 10, point 4: where the agreement says so, the unions justera by federation ("för TCO"). */
const spec = deciderSpecification(groupDecider);
const groupId = 'group-csg';
const at = '2019-01-07T08:00:00Z';
const created = (levels: ('CSG' | 'APT')[]): GroupEvent => ({
  type: 'GroupCreated',
  data: {
    groupId,
    organisationId: 'org-1',
    name: 'CSG Exempelstad',
    levels,
    unitId: 'unit-kf',
    actsAsSkyddskommitte: false,
    at,
  },
});
const set = (justeringByFederation: boolean) =>
  ({ type: 'SetFederationJustering', data: { groupId, justeringByFederation, at } }) as const;
const wasSet: GroupEvent = {
  type: 'FederationJusteringSet',
  data: { groupId, justeringByFederation: true, at },
};

describe('samverkansgrupp: justering by federation', () => {
  it('a CSG sets that its unions justera by federation, and its next meetings follow it', () => {
    spec
      .given([created(['CSG'])])
      .when(set(true))
      .then([wasSet]);
    expect(meetingRulesOf(foldEvents(groupDecider, [created(['CSG']), wasSet]))).toEqual({
      formalParties: true,
      justering: 'parties',
      justeringByFederation: true,
    });
  });

  it('setting what is set records nothing; a group created before the setting has it off', () => {
    spec
      .given([created(['CSG']), wasSet])
      .when(set(true))
      .then([]);
    spec
      .given([created(['CSG'])])
      .when(set(false))
      .then([]);
    expect(meetingRulesOf(foldEvents(groupDecider, [created(['CSG'])])).justeringByFederation).toBe(false);
  });

  it('it is switched off again', () => {
    spec
      .given([created(['CSG']), wasSet])
      .when(set(false))
      .then([{ type: 'FederationJusteringSet', data: { groupId, justeringByFederation: false, at } }]);
  });

  it('an APT, without formal parties, is refused with GROUP.NO_FORMAL_PARTIES', () => {
    spec
      .given([created(['APT'])])
      .when(set(true))
      .thenThrows('GROUP.NO_FORMAL_PARTIES');
  });
});
