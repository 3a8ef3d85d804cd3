import { AccountService } from '#libs/identity';
import { type AgendaItem, presenterIdsOf } from '../../domain/index.js';

/**
 * Of the presenters the items name by an account id, those whose account exists in the tenant (a
 * disabled account still names a real person): the decider refuses the others
 * (MEETING.UNKNOWN_PRESENTER). A presenter without an account is named by name and title alone.
 */
export async function presentersWithAccount(
  accounts: AccountService,
  tenantId: string,
  items: readonly Pick<AgendaItem, 'presenters' | 'presenter'>[],
): Promise<string[]> {
  const ids = presenterIdsOf(items);
  const found = await Promise.all(ids.map((id) => accounts.find(tenantId, id)));
  return ids.filter((_id, index) => found[index] !== undefined);
}
