import type { Principal } from '#libs/identity';
import type { PersonRef } from '../domain/index.js';

/** The caller as the domain names people: a member's person id is their account id. */
export const personOf = (principal: Principal): PersonRef => ({
  personId: principal.accountId,
  name: principal.displayName,
});
