/**
 * bench:seed's second phase: the groups after the template groups are copies of a template's whole
 * event history (its group stream, its meetings' and its follow-ups' streams), appended with the
 * store's own append API (PgEventStore.appendToStreams) instead of being made again through
 * requests: the requests would take hours at the issue's sizes, the appends minutes.
 *
 * Each clone gets new ids for everything the template owns (every UUID in its events but the
 * accounts' and the organisation's: the group, meetings, follow-ups, …; stream ids embed them), its
 * own members (`person-<o>-<g>-<m>`, "Ledamot <g>.<m>"), its own number in texts ("enhet <g>") and
 * its own chair: the template chair's account id, name and email become the clone chair's wherever
 * they occur (members, närvaro, justerare, responsible, principals). Command ids and fingerprints
 * are dropped (no command made these events); metadata says `seededInBulk` and `clonedFrom`.
 *
 * The events keep the template's order in the global log (the projections rely on it: a meeting's
 * scheduling before its follow-ups, the group's MeetingAdded after the scheduling): consecutive
 * events go in one transaction of up to BATCH events, one part per stream; a transaction ends where
 * a stream already in it would come again after another, since a stream may appear once in an
 * append. Expected versions are the template's stream positions, which the new streams repeat.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { PgEventStore, StreamAppend } from '#libs/event-store';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const BATCH = 300;

export interface SeedChair {
  personId: string;
  name: string;
  email: string;
}

interface TemplateEvent {
  streamId: string;
  streamType: string;
  position: number;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
}

/** A transaction of the copy: parts per stream, each with its first event's index and count. */
type Call = { first: number; count: number; expected: number }[];

export interface CloneTemplate {
  groupId: string;
  index: number;
  events: TemplateEvent[];
  calls: Call[];
  /** The UUIDs a clone renames (the template's own). */
  owned: string[];
  pattern: RegExp;
  literals: { person: string; unit: string; member: string; chair: SeedChair };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads the template group's history (every stream that names the group) in log order. */
export async function loadTemplate(
  dataSource: DataSource,
  tenant: string,
  organisation: number,
  groupId: string,
  index: number,
  chair: SeedChair,
  kept: ReadonlySet<string>,
): Promise<CloneTemplate> {
  const rows = (await dataSource.query(
    `WITH streams AS (
       SELECT DISTINCT stream_id FROM es_events WHERE tenant_id = $1 AND data->>'groupId' = $2)
     SELECT e.stream_id, s.stream_type, e.stream_position::int AS position, e.event_type,
            e.schema_version, e.data::text AS data, e.metadata
       FROM es_events e JOIN es_streams s USING (tenant_id, stream_id)
      WHERE e.tenant_id = $1 AND e.stream_id IN (SELECT stream_id FROM streams)
      ORDER BY e.global_position`,
    [tenant, groupId],
  )) as {
    stream_id: string;
    stream_type: string;
    position: number;
    event_type: string;
    schema_version: number;
    data: string;
    metadata: Record<string, unknown>;
  }[];
  const events = rows.map((row) => {
    const { commandId: _command, fingerprint: _fingerprint, ...metadata } = row.metadata;
    return {
      streamId: row.stream_id,
      streamType: row.stream_type,
      position: row.position,
      type: row.event_type,
      schemaVersion: row.schema_version,
      data: row.data,
      metadata: JSON.stringify({ ...metadata, seededInBulk: true }),
    };
  });
  const owned = new Set<string>();
  const uuids = new RegExp(UUID, 'g');
  for (const event of events)
    for (const text of [event.streamId, event.data, event.metadata])
      for (const [id] of text.matchAll(uuids)) if (!kept.has(id)) owned.add(id);
  const literals = {
    person: `person-${organisation}-${index}-`,
    unit: `enhet ${index + 1}`,
    member: `Ledamot ${index + 1}.`,
    chair,
  };
  // A literal ending in a digit must not match the start of a longer number ("enhet 1" in "enhet 12").
  const exact = (text: string) => `${escape(text)}${/\d$/.test(text) ? '(?!\\d)' : ''}`;
  const pattern = new RegExp(
    [UUID, ...[literals.person, literals.unit, literals.member, chair.name, chair.email].map(exact)].join(
      '|',
    ),
    'g',
  );
  return { groupId, index, events, calls: callsOf(events), owned: [...owned], pattern, literals };
}

function callsOf(events: readonly TemplateEvent[]): Call[] {
  const calls: Call[] = [];
  let call: Call = [];
  let inCall = new Set<string>();
  let size = 0;
  events.forEach((event, n) => {
    const last = call.at(-1);
    if (last && events[last.first].streamId === event.streamId && size < BATCH) {
      last.count += 1;
    } else {
      if (inCall.has(event.streamId) || size >= BATCH) {
        calls.push(call);
        call = [];
        inCall = new Set();
        size = 0;
      }
      call.push({ first: n, count: 1, expected: event.position - 1 });
      inCall.add(event.streamId);
    }
    size += 1;
  });
  if (call.length > 0) calls.push(call);
  return calls;
}

/**
 * Appends one clone of the template as group number `index` chaired by `chair`; `appended(n)` after
 * each transaction. Returns how the template's ids map to the clone's.
 */
export async function appendClone(
  store: PgEventStore,
  tenant: string,
  organisation: number,
  template: CloneTemplate,
  index: number,
  chair: SeedChair,
  appended: (events: number) => void,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>(template.owned.map((id) => [id, randomUUID()]));
  const { literals } = template;
  const swaps = new Map<string, string>([
    ...ids,
    [literals.chair.personId, chair.personId],
    [literals.chair.name, chair.name],
    [literals.chair.email, chair.email],
    [literals.person, `person-${organisation}-${index}-`],
    [literals.unit, `enhet ${index + 1}`],
    [literals.member, `Ledamot ${index + 1}.`],
  ]);
  const swap = (text: string) => text.replace(template.pattern, (match) => swaps.get(match) ?? match);
  for (const call of template.calls) {
    const appends: StreamAppend[] = call.map(({ first, count, expected }) => {
      const head = template.events[first];
      return {
        stream: { tenantId: tenant, streamId: swap(head.streamId), streamType: head.streamType },
        expected: expected === 0 ? 'no_stream' : expected,
        events: template.events.slice(first, first + count).map((event) => ({
          eventId: randomUUID(),
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: JSON.parse(swap(event.data)) as unknown,
          // Added after the swap, which would rename the template's id.
          metadata: { ...(JSON.parse(swap(event.metadata)) as object), clonedFrom: template.groupId },
        })),
      };
    });
    await store.appendToStreams(appends, {});
    appended(call.reduce((sum, part) => sum + part.count, 0));
  }
  return ids;
}

/** What a clone must not rename: the accounts' ids and every id the organisation's stream holds. */
export async function sharedIds(dataSource: DataSource, tenant: string): Promise<Set<string>> {
  const rows = (await dataSource.query(
    `SELECT id::text AS text FROM identity_accounts WHERE tenant_id = $1
     UNION ALL SELECT data::text || metadata::text FROM es_events WHERE tenant_id = $1 AND stream_id = $2`,
    [tenant, `organisation-${tenant}`],
  )) as { text: string }[];
  const kept = new Set<string>();
  for (const { text } of rows) for (const [id] of text.matchAll(new RegExp(UUID, 'g'))) kept.add(id);
  return kept;
}
