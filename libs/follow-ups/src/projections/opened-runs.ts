import { inChunks, type StoredEvent } from '#libs/event-store';
import type { FollowUpEvent } from '../domain/events.js';

/** A FollowUpOpened with the tenant it was stored under. */
export interface Opened {
  tenantId: string;
  data: Extract<FollowUpEvent, { type: 'FollowUpOpened' }>['data'];
}

/**
 * Applies a batch with each run of consecutive FollowUpOpened events as one call (`opened`: one
 * INSERT for the run, not one per follow-up), and every other event on its own (`other`), in log
 * order: a run is written before the next event of any other type, so updates, deletes and what a
 * later event folds see exactly the rows they saw one event at a time. A follow-up opened twice in
 * a run keeps its first (the INSERTs were ON CONFLICT DO NOTHING).
 */
export async function inRunsOfOpened(
  events: readonly StoredEvent[],
  opened: (run: Opened[]) => Promise<void>,
  other: (event: StoredEvent) => Promise<void>,
): Promise<void> {
  let run = new Map<string, Opened>();
  const flush = async () => {
    if (run.size === 0) return;
    const written = [...run.values()];
    run = new Map();
    await opened(written);
  };
  for (const event of events) {
    if (event.type !== 'FollowUpOpened') {
      await flush();
      await other(event);
      continue;
    }
    const { data } = event as unknown as Opened;
    const key = `${event.tenantId}\u0000${data.followUpId}`;
    if (!run.has(key)) run.set(key, { tenantId: event.tenantId, data });
  }
  await flush();
}

/**
 * The run as a row source `r` for `INSERT … SELECT … FROM ${OPENED_ROWS}`, its columns bound to
 * $1…$13 by `openedParameters` (a projection's own parameters follow from $14).
 */
export const OPENED_ROWS = `unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[],
    $7::int[], $8::text[], $9::text[], $10::text[], $11::date[], $12::timestamptz[], $13::boolean[])
  AS r(tenant_id, follow_up_id, group_id, origin_meeting_id, origin_item_id, origin_meeting_date,
    origin_paragraph, action, responsible_id, responsible_name, due_date, opened_at, confidential)`;

export function openedParameters(run: readonly Opened[]): unknown[][] {
  return [
    run.map((o) => o.tenantId),
    run.map((o) => o.data.followUpId),
    run.map((o) => o.data.groupId),
    run.map((o) => o.data.origin.meetingId),
    run.map((o) => o.data.origin.itemId),
    run.map((o) => o.data.origin.meetingDate),
    run.map((o) => o.data.origin.paragraph ?? null),
    run.map((o) => o.data.action),
    run.map((o) => o.data.responsible.personId),
    run.map((o) => o.data.responsible.name),
    run.map((o) => o.data.dueDate),
    run.map((o) => o.data.at),
    run.map((o) => o.data.confidential === true),
  ];
}

/** Runs of a few thousand follow-ups: one statement each, well under any parameter limit. */
export function inOpenedChunks(run: readonly Opened[]): Opened[][] {
  return inChunks(run, (o) => o.data.action.length + o.data.responsible.name.length + 300);
}
