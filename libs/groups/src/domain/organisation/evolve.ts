import { assertNever, definedOnly } from '#domain/shared-kernel';
import type { OrganisationEvent } from './events.js';
import type { OrganisationState } from './state.js';

export function evolveOrganisation(state: OrganisationState, event: OrganisationEvent): OrganisationState {
  switch (event.type) {
    case 'OrganisationCreated':
      return { ...state, created: true, organisationId: event.data.organisationId, name: event.data.name };
    case 'UnitAdded': {
      const { unitId, name, parentUnitId } = event.data;
      return { ...state, units: [...state.units, definedOnly({ unitId, name, parentUnitId })] };
    }
    case 'UnionOrganisationAdded':
      return { ...state, unionOrganisations: [...state.unionOrganisations, event.data.name] };
    case 'UnionOrganisationRemoved':
      return {
        ...state,
        unionOrganisations: state.unionOrganisations.filter((name) => name !== event.data.name),
      };
    default:
      return assertNever(event);
  }
}
