import type { Federation } from '#domain/shared-kernel';
import { organisationError } from './errors.js';

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
  /** Union organisation → the federation it belongs to; a union of none is not in it. */
  federations: Record<string, Federation>;
  /** Set by SetReminderLeadDays; until then REMINDER_LEAD_DAYS.default. */
  reminderLeadDays?: number;
  /** Set by SetJusteringDays; until then JUSTERING_DAYS.default. */
  justeringDays?: number;
}

/**
 * The units an employee is tied to, each one of the organisation's (no unit twice); an employee of
 * no unit is no employee. The employment itself lives on the account (identity), which cannot check.
 */
export function requireKnownUnits(state: OrganisationState, unitIds: readonly string[]): string[] {
  const unknown = unitIds.filter((unitId) => !state.units.some((unit) => unit.unitId === unitId));
  if (unknown.length > 0) throw organisationError.unknownUnits([...new Set(unknown)]);
  return [...new Set(unitIds)];
}

export const initialOrganisationState = (): OrganisationState => ({
  created: false,
  units: [],
  unionOrganisations: [],
  federations: {},
});
