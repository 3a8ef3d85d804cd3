import type { Federation, IsoInstant } from '#domain/shared-kernel';

export type OrganisationEvent =
  | { type: 'OrganisationCreated'; data: { organisationId: string; name: string; at: IsoInstant } }
  | {
      type: 'UnitAdded';
      data: { organisationId: string; unitId: string; name: string; parentUnitId?: string; at: IsoInstant };
    }
  /** `federation` is left out by events recorded before federations were kept, and for a union of none. */
  | {
      type: 'UnionOrganisationAdded';
      data: { organisationId: string; name: string; federation?: Federation; at: IsoInstant };
    }
  | {
      type: 'UnionFederationSet';
      data: { organisationId: string; name: string; federation: Federation | null; at: IsoInstant };
    }
  /** Past meetings keep the name they recorded; removal only stops new use. */
  | { type: 'UnionOrganisationRemoved'; data: { organisationId: string; name: string; at: IsoInstant } }
  /** Read by the reminders context's schedule (libs/reminders) as well as by this state. */
  | { type: 'ReminderLeadDaysSet'; data: { organisationId: string; leadDays: number; at: IsoInstant } }
  /** The default days from a justering request to its last date (read by the meetings context). */
  | { type: 'JusteringDaysSet'; data: { organisationId: string; days: number; at: IsoInstant } };
