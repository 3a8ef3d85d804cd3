import type { IsoInstant } from '#domain/shared-kernel';

export type OrganisationCommand =
  | { type: 'CreateOrganisation'; data: { organisationId: string; name: string; at: IsoInstant } }
  | {
      type: 'AddUnit';
      /** A förvaltning (no parent) or a unit inside one (parentUnitId). */
      data: { organisationId: string; unitId: string; name: string; parentUnitId?: string; at: IsoInstant };
    }
  | { type: 'AddUnionOrganisation'; data: { organisationId: string; name: string; at: IsoInstant } }
  | { type: 'RemoveUnionOrganisation'; data: { organisationId: string; name: string; at: IsoInstant } };
