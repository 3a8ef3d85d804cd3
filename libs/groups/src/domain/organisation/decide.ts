import { assertNever, definedOnly, requireFederation, requireName } from '#domain/shared-kernel';
import type { OrganisationCommand } from './commands.js';
import { organisationError } from './errors.js';
import type { OrganisationEvent } from './events.js';
import type { OrganisationState } from './state.js';
import {
  JUSTERING_DAYS,
  REMINDER_LEAD_DAYS,
  requireJusteringDays,
  requireReminderLeadDays,
} from './day-settings.js';

// Union names are compared without case so that "vision" cannot sit next to "Vision".
const sameName = (a: string, b: string) => a.localeCompare(b, 'sv', { sensitivity: 'accent' }) === 0;

export function decideOrganisation(
  command: OrganisationCommand,
  state: OrganisationState,
): OrganisationEvent[] {
  if (command.type === 'CreateOrganisation') {
    if (state.created) throw organisationError.alreadyCreated(command.data.organisationId);
    const { organisationId, at } = command.data;
    return [
      {
        type: 'OrganisationCreated',
        data: { organisationId, name: requireName(command.data.name, 'name'), at },
      },
    ];
  }
  if (!state.created) throw organisationError.notCreated();

  switch (command.type) {
    case 'AddUnit': {
      const { organisationId, unitId, parentUnitId, at } = command.data;
      const name = requireName(command.data.name, 'name');
      const existing = state.units.find((unit) => unit.unitId === unitId);
      if (existing) {
        // The same unit added again changes nothing; another unit under a taken id is a mistake.
        if (existing.name === name && existing.parentUnitId === parentUnitId) return [];
        throw organisationError.unitIdTaken(unitId, existing.name);
      }
      if (parentUnitId !== undefined && !state.units.some((unit) => unit.unitId === parentUnitId)) {
        throw organisationError.unknownParentUnit(parentUnitId);
      }
      return [{ type: 'UnitAdded', data: definedOnly({ organisationId, unitId, name, parentUnitId, at }) }];
    }
    case 'AddUnionOrganisation': {
      const name = requireName(command.data.name, 'name');
      const { federation } = command.data;
      const checked = federation === undefined ? undefined : requireFederation(federation, 'federation');
      if (state.unionOrganisations.some((listed) => sameName(listed, name))) return [];
      return [
        { type: 'UnionOrganisationAdded', data: definedOnly({ ...command.data, name, federation: checked }) },
      ];
    }
    case 'SetUnionFederation': {
      const listed = state.unionOrganisations.find((candidate) => sameName(candidate, command.data.name));
      if (!listed) throw organisationError.unionOrganisationNotListed(command.data.name);
      const { federation } = command.data;
      const checked = federation === null ? null : requireFederation(federation, 'federation');
      // Setting what is already set records nothing.
      if ((state.federations?.[listed] ?? null) === checked) return [];
      return [{ type: 'UnionFederationSet', data: { ...command.data, name: listed, federation: checked } }];
    }
    case 'RemoveUnionOrganisation': {
      const listed = state.unionOrganisations.find((candidate) => sameName(candidate, command.data.name));
      if (!listed) throw organisationError.unionOrganisationNotListed(command.data.name);
      return [{ type: 'UnionOrganisationRemoved', data: { ...command.data, name: listed } }];
    }
    case 'SetReminderLeadDays': {
      const leadDays = requireReminderLeadDays(command.data.leadDays);
      // Setting what is already in force records nothing.
      if ((state.reminderLeadDays ?? REMINDER_LEAD_DAYS.default) === leadDays) return [];
      return [{ type: 'ReminderLeadDaysSet', data: { ...command.data, leadDays } }];
    }
    case 'SetJusteringDays': {
      const days = requireJusteringDays(command.data.days);
      if ((state.justeringDays ?? JUSTERING_DAYS.default) === days) return [];
      return [{ type: 'JusteringDaysSet', data: { ...command.data, days } }];
    }
    default:
      return assertNever(command);
  }
}
