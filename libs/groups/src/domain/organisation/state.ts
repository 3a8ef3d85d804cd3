export interface Unit {
  unitId: string;
  name: string;
  parentUnitId?: string;
}

export interface OrganisationState {
  created: boolean;
  organisationId?: string;
  name?: string;
  units: Unit[];
  /** The tenant's union organisations, in the order they were added. */
  unionOrganisations: string[];
}

export const initialOrganisationState = (): OrganisationState => ({
  created: false,
  units: [],
  unionOrganisations: [],
});
