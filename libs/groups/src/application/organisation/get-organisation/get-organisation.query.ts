import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { Federation } from '#libs/shared-kernel';
import type { Unit } from '../../../domain/organisation/index.js';

export interface OrganisationView {
  organisationId: string;
  version: number;
  name: string;
  units: Unit[];
  unionOrganisations: string[];
  /** Union organisation → its federation; a union of none is left out. */
  federations: Record<string, Federation>;
  /** Days before a follow-up's due date its reminder goes out (REMINDER_LEAD_DAYS.default until set). */
  reminderLeadDays: number;
  /** Days from a justering request to its last date when it names none (JUSTERING_DAYS.default until set). */
  justeringDays: number;
}

/** The caller's organisation: its units and union organisations (everyone in the tenant may read it). */
export class GetOrganisationQuery extends Query<OrganisationView> {
  constructor(readonly principal: Principal) {
    super();
  }
}
