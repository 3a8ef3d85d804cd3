import type { QueryBus } from '@nestjs/cqrs';
import { DomainError } from '#libs/ddd';
import {
  GetOrganisationQuery,
  ORGANISATION_ERROR,
  type OrganisationView,
  JUSTERING_DAYS,
  REMINDER_LEAD_DAYS,
} from '#libs/groups';
import type { Principal } from '#libs/identity';

/** The caller's organisation, or null before an admin has created it (the pages then say so). */
export async function readOrganisation(
  queries: QueryBus,
  principal: Principal,
): Promise<OrganisationView | null> {
  try {
    return await queries.execute(new GetOrganisationQuery(principal));
  } catch (error) {
    if (error instanceof DomainError && error.code === ORGANISATION_ERROR.NOT_FOUND) return null;
    throw error;
  }
}

/** What the group and account pages show of an organisation not created yet: no units, no unions. */
export const organisationOrEmpty = (
  organisation: OrganisationView | null,
  principal: Principal,
): OrganisationView =>
  organisation ?? {
    organisationId: principal.tenantId,
    version: 0,
    name: '',
    units: [],
    unionOrganisations: [],
    federations: {},
    reminderLeadDays: REMINDER_LEAD_DAYS.default,
    justeringDays: JUSTERING_DAYS.default,
  };
