import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { OrganisationEvent } from './events.js';
import { organisationDecider } from './organisation.decider.js';

/** Issue 10, point 4: union organisations in federations (Saco, TCO, LO). */
const spec = deciderSpecification(organisationDecider);
const organisationId = 'org-exempelstad';
const at = '2019-01-07T08:00:00Z';
const created: OrganisationEvent = {
  type: 'OrganisationCreated',
  data: { organisationId, name: 'Exempelstad', at },
};
const visionListed: OrganisationEvent = {
  type: 'UnionOrganisationAdded',
  data: { organisationId, name: 'Vision', at },
};
const visionInTco: OrganisationEvent = {
  type: 'UnionFederationSet',
  data: { organisationId, name: 'Vision', federation: 'TCO', at },
};

describe('organisation: union organisations in federations', () => {
  it('a union organisation is added with its federation', () => {
    spec
      .given([created])
      .when({
        type: 'AddUnionOrganisation',
        data: { organisationId, name: 'Kommunal', federation: 'LO', at },
      })
      .then([
        { type: 'UnionOrganisationAdded', data: { organisationId, name: 'Kommunal', federation: 'LO', at } },
      ]);
  });

  it('a listed union organisation is put in a federation, found by its name in any case', () => {
    spec
      .given([created, visionListed])
      .when({ type: 'SetUnionFederation', data: { organisationId, name: 'vision', federation: 'TCO', at } })
      .then([visionInTco]);
    const state = foldEvents(organisationDecider, [created, visionListed, visionInTco]);
    expect(state.federations).toEqual({ Vision: 'TCO' });
  });

  it('putting it in the federation it is in records nothing', () => {
    spec
      .given([created, visionListed, visionInTco])
      .when({ type: 'SetUnionFederation', data: { organisationId, name: 'Vision', federation: 'TCO', at } })
      .then([]);
  });

  it('taking it out of its federation (null) records that, and the state forgets it', () => {
    const out: OrganisationEvent = {
      type: 'UnionFederationSet',
      data: { organisationId, name: 'Vision', federation: null, at },
    };
    spec
      .given([created, visionListed, visionInTco])
      .when({ type: 'SetUnionFederation', data: { organisationId, name: 'Vision', federation: null, at } })
      .then([out]);
    expect(foldEvents(organisationDecider, [created, visionListed, visionInTco, out]).federations).toEqual(
      {},
    );
  });

  it('a federation that does not exist is refused with VALIDATION.UNKNOWN_FEDERATION', () => {
    spec
      .given([created, visionListed])
      .when({
        type: 'SetUnionFederation',
        data: { organisationId, name: 'Vision', federation: 'SACO-S' as never, at },
      })
      .thenThrows('VALIDATION.UNKNOWN_FEDERATION');
    spec
      .given([created])
      .when({
        type: 'AddUnionOrganisation',
        data: { organisationId, name: 'Kommunal', federation: 'Lo' as never, at },
      })
      .thenThrows('VALIDATION.UNKNOWN_FEDERATION');
  });

  it('a union organisation not on the list is refused with ORGANISATION.UNION_ORGANISATION_NOT_LISTED', () => {
    spec
      .given([created])
      .when({ type: 'SetUnionFederation', data: { organisationId, name: 'Vision', federation: 'TCO', at } })
      .thenThrows('ORGANISATION.UNION_ORGANISATION_NOT_LISTED');
  });

  it('a removed union organisation leaves its federation with it', () => {
    const removed: OrganisationEvent = {
      type: 'UnionOrganisationRemoved',
      data: { organisationId, name: 'Vision', at },
    };
    expect(
      foldEvents(organisationDecider, [created, visionListed, visionInTco, removed]).federations,
    ).toEqual({});
  });

  it('an organisation folded from events recorded before federations has none', () => {
    expect(foldEvents(organisationDecider, [created, visionListed]).federations).toEqual({});
  });
});
