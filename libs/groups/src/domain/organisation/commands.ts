import type { Federation, IsoInstant } from '#domain/shared-kernel';

export type OrganisationCommand =
  | { type: 'CreateOrganisation'; data: { organisationId: string; name: string; at: IsoInstant } }
  | {
      type: 'AddUnit';
      /** A förvaltning (no parent) or a unit inside one (parentUnitId). */
      data: { organisationId: string; unitId: string; name: string; parentUnitId?: string; at: IsoInstant };
    }
  | {
      type: 'AddUnionOrganisation';
      /** The federation (Saco, TCO, LO) it belongs to, if any. */
      data: { organisationId: string; name: string; federation?: Federation; at: IsoInstant };
    }
  /** Puts a listed union organisation in a federation, or (federation null) in none. */
  | {
      type: 'SetUnionFederation';
      data: { organisationId: string; name: string; federation: Federation | null; at: IsoInstant };
    }
  | { type: 'RemoveUnionOrganisation'; data: { organisationId: string; name: string; at: IsoInstant } }
  /** How many days before a follow-up's due date its reminder goes out (REMINDER_LEAD_DAYS). */
  | { type: 'SetReminderLeadDays'; data: { organisationId: string; leadDays: number; at: IsoInstant } }
  /** The days from a justering request to its last date when the request names none (JUSTERING_DAYS). */
  | { type: 'SetJusteringDays'; data: { organisationId: string; days: number; at: IsoInstant } };
