import type { GroupState } from '#libs/groups';
import { type AgendaItem, presenterIdsOf } from '../../domain/index.js';
import type { PresenterAccounts } from './presenter-accounts.js';

/**
 * Of the presenters the items name by a person id, those the organisation knows: a member of the
 * meeting's group (now or before; a member's person id is their account id), or anyone else with
 * an account in the tenant. The decider refuses the others (MEETING.UNKNOWN_PRESENTER); a presenter
 * without an account is named by name and title.
 */
export async function knownPresenters(
  accounts: PresenterAccounts,
  tenantId: string,
  items: readonly Pick<AgendaItem, 'presenters' | 'presenter'>[],
  group: GroupState | undefined,
): Promise<string[]> {
  const members = new Set(group?.memberships.map(({ person }) => person.personId) ?? []);
  const ids = presenterIdsOf(items);
  const others = ids.filter((id) => !members.has(id));
  const withAccount = others.length > 0 ? new Set(await accounts.withAccount(tenantId, others)) : new Set();
  return ids.filter((id) => members.has(id) || withAccount.has(id));
}
