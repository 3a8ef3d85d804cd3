import type { ProjectionContext } from '#libs/event-store';

type Sql = ProjectionContext['manager'];

/**
 * The follow-up reports of a projection's batch, counted per follow-up and written in one UPDATE
 * per tenant instead of one per report: reports are most of the log (six per follow-up in the
 * benchmark seed), and the follow-up read models rebuilt at a few thousand events a second one
 * statement each. A report only adds to `reports` and `history_count` (the overview) or also sets
 * `updated_at` to its time (the list); the caller flushes before any other event that sets
 * `updated_at` of a follow-up with reports pending (`pendingFor`), and at the end of the batch, so
 * every row ends as applying the events one by one would leave it.
 */
export class BatchedReports {
  private readonly byTenant = new Map<string, Map<string, { count: number; lastAt: string }>>();

  constructor(
    private readonly table: 'rm_follow_ups' | 'rm_follow_up_overview',
    /** What a report adds to: its columns, each increased by the number of reports. */
    private readonly counters: readonly string[],
    /** Whether a report also sets updated_at to its time. */
    private readonly setsUpdatedAt: boolean,
  ) {}

  count(tenantId: string, followUpId: string, at: string): void {
    let pending = this.byTenant.get(tenantId);
    if (!pending) this.byTenant.set(tenantId, (pending = new Map()));
    pending.set(followUpId, { count: (pending.get(followUpId)?.count ?? 0) + 1, lastAt: at });
  }

  pendingFor(tenantId: string, followUpId: string): boolean {
    return this.byTenant.get(tenantId)?.has(followUpId) ?? false;
  }

  async flush(db: Sql): Promise<void> {
    const set = [
      ...this.counters.map((column) => `${column} = ${column} + r.n`),
      ...(this.setsUpdatedAt ? ['updated_at = r.last_at'] : []),
    ].join(', ');
    for (const [tenantId, pending] of this.byTenant) {
      const entries = [...pending];
      await db.query(
        `UPDATE ${this.table} f SET ${set}
         FROM unnest($2::text[], $3::int[], $4::timestamptz[]) AS r(follow_up_id, n, last_at)
         WHERE f.tenant_id = $1 AND f.follow_up_id = r.follow_up_id`,
        [
          tenantId,
          entries.map(([id]) => id),
          entries.map(([, { count }]) => count),
          entries.map(([, { lastAt }]) => lastAt),
        ],
      );
    }
    this.byTenant.clear();
  }
}

/** Which follow-up a FollowUpReported event is about, and when it was reported. */
export const reported = (event: { data: unknown }): [followUpId: string, at: string] => {
  const { followUpId, at } = event.data as { followUpId: string; at: string };
  return [followUpId, at];
};
