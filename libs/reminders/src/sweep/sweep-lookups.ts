import type { EntityManager } from 'typeorm';
import { type GroupState, readGroupRowsById } from '#libs/groups';
import type { ReminderAccount, ReminderAccounts } from './reminder-accounts.js';
import type { ScheduledFollowUp } from './schedule-row.js';

/** Accounts and groups asked once per tenant and group in a sweep. */
export class Lookups {
  private readonly accounts = new Map<string, Promise<Map<string, ReminderAccount>>>();
  private readonly groups = new Map<string, GroupState | undefined>();

  constructor(private readonly port: ReminderAccounts) {}

  accountsOf(tenantId: string): Promise<Map<string, ReminderAccount>> {
    let found = this.accounts.get(tenantId);
    if (!found) this.accounts.set(tenantId, (found = this.port.accountsOf(tenantId)));
    return found;
  }

  /** Reads the groups of these follow-ups not read yet in this sweep: one query per tenant. */
  async prefetchGroups(db: EntityManager, followUps: readonly ScheduledFollowUp[]): Promise<void> {
    const missing = new Map<string, Set<string>>();
    for (const { tenantId, groupId } of followUps) {
      if (this.groups.has(`${tenantId}/${groupId}`)) continue;
      missing.set(tenantId, (missing.get(tenantId) ?? new Set()).add(groupId));
    }
    for (const [tenantId, groupIds] of missing) {
      const rows = await readGroupRowsById(db, tenantId, [...groupIds]);
      for (const groupId of groupIds) this.groups.set(`${tenantId}/${groupId}`, undefined);
      for (const row of rows) this.groups.set(`${tenantId}/${row.groupId}`, row.state);
    }
  }

  groupOf(tenantId: string, groupId: string): GroupState | undefined {
    return this.groups.get(`${tenantId}/${groupId}`);
  }
}
