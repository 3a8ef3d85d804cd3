import type { IsoInstant } from '#domain/shared-kernel';

export type OrganisationEvent =
  | { type: 'OrganisationCreated'; data: { organisationId: string; name: string; at: IsoInstant } }
  | {
      type: 'UnitAdded';
      data: { organisationId: string; unitId: string; name: string; parentUnitId?: string; at: IsoInstant };
    }
  | { type: 'UnionOrganisationAdded'; data: { organisationId: string; name: string; at: IsoInstant } }
  /** Past meetings keep the name they recorded; removal only stops new use. */
  | { type: 'UnionOrganisationRemoved'; data: { organisationId: string; name: string; at: IsoInstant } };
