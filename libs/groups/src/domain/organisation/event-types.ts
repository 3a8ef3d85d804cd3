import type { OrganisationEvent } from './events.js';

/** Every organisation event type, checked by the compiler: a new event type must be listed here. */
const ORGANISATION_EVENTS: Record<OrganisationEvent['type'], true> = {
  OrganisationCreated: true,
  UnitAdded: true,
  UnionOrganisationAdded: true,
  UnionFederationSet: true,
  UnionOrganisationRemoved: true,
  ReminderLeadDaysSet: true,
  JusteringDaysSet: true,
};

export const ORGANISATION_EVENT_TYPES = Object.keys(ORGANISATION_EVENTS) as OrganisationEvent['type'][];

export const isOrganisationEvent = (event: { type: string }): event is OrganisationEvent =>
  event.type in ORGANISATION_EVENTS;
