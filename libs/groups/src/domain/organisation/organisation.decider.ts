import type { Decider } from '#libs/ddd';
import type { OrganisationCommand } from './commands.js';
import { decideOrganisation } from './decide.js';
import type { OrganisationEvent } from './events.js';
import { evolveOrganisation } from './evolve.js';
import { initialOrganisationState, type OrganisationState } from './state.js';

/** The tenant: its förvaltningar/units and its list of union organisations. One stream per tenant. */
export const organisationDecider: Decider<OrganisationCommand, OrganisationEvent, OrganisationState> = {
  initialState: initialOrganisationState,
  decide: decideOrganisation,
  evolve: evolveOrganisation,
};
