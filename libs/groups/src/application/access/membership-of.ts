import type { Principal } from '#libs/identity';
import { activeMembership, type GroupState, type Membership } from '../../domain/group/index.js';

/**
 * The caller's current membership of the group: the party they sit for and their name as the
 * group knows them. For use cases the policy only lets members run, so there is always one.
 */
export function membershipOf(principal: Principal, group: GroupState | undefined): Membership {
  const membership = group === undefined ? undefined : activeMembership(group, principal.accountId);
  if (membership === undefined) throw new Error(`${principal.accountId} is no member of the group`);
  return membership;
}
