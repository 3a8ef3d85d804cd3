import { assertNever, definedOnly, type Federation } from '#domain/shared-kernel';
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
    case 'UnionOrganisationAdded': {
      const { name, federation } = event.data;
      return {
        ...state,
        unionOrganisations: [...state.unionOrganisations, name],
        federations: withFederation(state.federations, name, federation),
      };
    }
    case 'UnionFederationSet':
      return {
        ...state,
        federations: withFederation(state.federations, event.data.name, event.data.federation ?? undefined),
      };
    case 'UnionOrganisationRemoved':
      return {
        ...state,
        unionOrganisations: state.unionOrganisations.filter((name) => name !== event.data.name),
        federations: withFederation(state.federations, event.data.name, undefined),
      };
    case 'ReminderLeadDaysSet':
      return { ...state, reminderLeadDays: event.data.leadDays };
    case 'JusteringDaysSet':
      return { ...state, justeringDays: event.data.days };
    default:
      return assertNever(event);
  }
}

function withFederation(
  federations: Record<string, Federation> | undefined,
  name: string,
  federation: Federation | undefined,
): Record<string, Federation> {
  // States folded before federations were kept have none.
  const { [name]: _previous, ...others } = federations ?? {};
  return federation ? { ...others, [name]: federation } : others;
}
