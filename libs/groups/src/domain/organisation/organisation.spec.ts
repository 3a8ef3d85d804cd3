import { deciderSpecification } from '#libs/testing';
import type { OrganisationEvent } from './events.js';
import { organisationDecider } from './organisation.decider.js';
import { requireKnownUnits } from './state.js';

const spec = deciderSpecification(organisationDecider);
const organisationId = 'org-helsingborg';
const at = '2019-01-07T08:00:00Z';
const created: OrganisationEvent = {
  type: 'OrganisationCreated',
  data: { organisationId, name: 'Exempelstad', at },
};
const socialforvaltningen: OrganisationEvent = {
  type: 'UnitAdded',
  data: { organisationId, unitId: 'unit-soc', name: 'Socialförvaltningen', at },
};
const visionListed: OrganisationEvent = {
  type: 'UnionOrganisationAdded',
  data: { organisationId, name: 'Vision', at },
};

describe('organisation (tenant)', () => {
  it('creating an organisation records its name', () => {
    spec
      .given([])
      .when({ type: 'CreateOrganisation', data: { organisationId, name: ' Exempelstad ', at } })
      .then([created]);
  });

  it('creating an organisation twice is refused with ORGANISATION.ALREADY_CREATED', () => {
    spec
      .given([created])
      .when({ type: 'CreateOrganisation', data: { organisationId, name: 'Exempelstad', at } })
      .thenThrows('ORGANISATION.ALREADY_CREATED');
  });

  it('creating an organisation without a name is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given([])
      .when({ type: 'CreateOrganisation', data: { organisationId, name: '   ', at } })
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('anything before the organisation exists is refused with ORGANISATION.NOT_CREATED', () => {
    spec
      .given([])
      .when({ type: 'AddUnionOrganisation', data: { organisationId, name: 'Vision', at } })
      .thenThrows('ORGANISATION.NOT_CREATED');
  });

  it('adding a förvaltning records the unit', () => {
    spec
      .given([created])
      .when({
        type: 'AddUnit',
        data: { organisationId, unitId: 'unit-soc', name: 'Socialförvaltningen', at },
      })
      .then([socialforvaltningen]);
  });

  it('adding a unit under a förvaltning keeps its parent', () => {
    const data = { organisationId, unitId: 'unit-vuxen', name: 'Vuxen', parentUnitId: 'unit-soc', at };
    spec
      .given([created, socialforvaltningen])
      .when({ type: 'AddUnit', data })
      .then([{ type: 'UnitAdded', data }]);
  });

  it('adding the same unit again records nothing', () => {
    spec
      .given([created, socialforvaltningen])
      .when({
        type: 'AddUnit',
        data: { organisationId, unitId: 'unit-soc', name: 'Socialförvaltningen', at },
      })
      .then([]);
  });

  it('adding another unit under a taken id is refused with ORGANISATION.UNIT_ID_TAKEN', () => {
    spec
      .given([created, socialforvaltningen])
      .when({ type: 'AddUnit', data: { organisationId, unitId: 'unit-soc', name: 'Skolförvaltningen', at } })
      .thenThrows('ORGANISATION.UNIT_ID_TAKEN');
  });

  it('adding a unit under an unknown parent is refused with ORGANISATION.UNKNOWN_PARENT_UNIT', () => {
    spec
      .given([created])
      .when({
        type: 'AddUnit',
        data: { organisationId, unitId: 'u2', name: 'Vuxen', parentUnitId: 'nope', at },
      })
      .thenThrows('ORGANISATION.UNKNOWN_PARENT_UNIT');
  });

  it('adding a union organisation puts it on the tenant list, å ä ö preserved', () => {
    spec
      .given([created])
      .when({ type: 'AddUnionOrganisation', data: { organisationId, name: 'Vårdförbundet', at } })
      .then([{ type: 'UnionOrganisationAdded', data: { organisationId, name: 'Vårdförbundet', at } }]);
  });

  it('adding a union organisation already listed (in any case) records nothing', () => {
    spec
      .given([created, visionListed])
      .when({ type: 'AddUnionOrganisation', data: { organisationId, name: 'VISION', at } })
      .then([]);
  });

  it('removing a listed union organisation takes it off the list', () => {
    spec
      .given([created, visionListed])
      .when({ type: 'RemoveUnionOrganisation', data: { organisationId, name: 'vision', at } })
      .then([{ type: 'UnionOrganisationRemoved', data: { organisationId, name: 'Vision', at } }]);
  });

  it('removing an organisation not on the list is refused with ORGANISATION.UNION_ORGANISATION_NOT_LISTED', () => {
    spec
      .given([created])
      .when({ type: 'RemoveUnionOrganisation', data: { organisationId, name: 'Kommunal', at } })
      .thenThrows('ORGANISATION.UNION_ORGANISATION_NOT_LISTED');
  });

  it('the state holds the units and the current union list', () => {
    const removed: OrganisationEvent = {
      type: 'UnionOrganisationRemoved',
      data: { organisationId, name: 'Vision', at },
    };
    const kommunal: OrganisationEvent = {
      type: 'UnionOrganisationAdded',
      data: { organisationId, name: 'Kommunal', at },
    };
    const state = [created, socialforvaltningen, visionListed, kommunal, removed].reduce(
      organisationDecider.evolve,
      organisationDecider.initialState(),
    );
    expect(state).toEqual({
      created: true,
      organisationId,
      name: 'Exempelstad',
      units: [{ unitId: 'unit-soc', name: 'Socialförvaltningen' }],
      unionOrganisations: ['Kommunal'],
      federations: {},
    });
  });
});

describe('the units an employee is tied to', () => {
  const state = [created, socialforvaltningen].reduce(
    organisationDecider.evolve,
    organisationDecider.initialState(),
  );

  it("are the organisation's units, each once", () => {
    expect(requireKnownUnits(state, ['unit-soc', 'unit-soc'])).toEqual(['unit-soc']);
    expect(requireKnownUnits(state, [])).toEqual([]);
  });

  it('a unit the organisation does not have is refused with ORGANISATION.UNKNOWN_UNIT, naming it', () => {
    expect(() => requireKnownUnits(state, ['unit-soc', 'unit-okänd'])).toThrow(
      expect.objectContaining({ code: 'ORGANISATION.UNKNOWN_UNIT', details: { unitIds: ['unit-okänd'] } }),
    );
  });
});
