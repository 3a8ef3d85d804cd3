import type { MeetingDocument } from '#libs/documents';
import {
  columns,
  inChunks,
  type Projection,
  type ProjectionContext,
  type StoredEvent,
} from '#libs/event-store';
import { sameJson } from '#libs/ddd';
import { FOLLOW_UP_EVENT_TYPES, isFollowUpEvent } from '#libs/follow-ups';
import {
  applyCarryOverEvent,
  type CarryOverChange,
  isMeetingEventType,
  liveAgenda,
  liveAgendaMayDiffer,
  MEETING_EVENT_TYPES,
} from '#libs/meetings';
import type { LiveAgendaItem, MeetingEvent, MeetingState } from '#libs/meetings';
import type { GroupContext } from '../../builders/document-context.js';
import { DocumentSources, GROUP_AND_ORGANISATION_EVENTS } from './document-sources.js';
import { prefetchSources } from './prefetch-sources.js';

type Sql = ProjectionContext['manager'];
type StoredKind = 'protokoll' | 'minnesanteckningar' | 'kallelse';
type Latest<D> = DocumentVersion<D & MeetingDocument> & {
  streamVersion: number;
  /**
   * Made for an event in another stream (carry-over), after the version the meeting's own event at
   * streamVersion made: stored, it has a lower revision with the same stream version beside it.
   */
  byCarryOver: boolean;
};

/** One version of a document, keyed by its revision (protocol) or sequence (kallelse). */
export interface DocumentVersion<D extends MeetingDocument> {
  revision: number;
  document: D;
}

export interface MeetingDocumentSpec<D extends MeetingDocument> {
  name: string;
  kind: StoredKind & D['kind'];
  /**
   * The version of the document after an event, given the version stored before it; `live` is a
   * coming meeting's agenda proposal as carry-over keeps it, for a spec that follows carry-over.
   */
  build(
    state: MeetingState,
    group: GroupContext,
    previous: DocumentVersion<D> | undefined,
    at: string,
    live?: readonly LiveAgendaItem[],
  ): DocumentVersion<D>;
  /** Whether older versions are marked superseded once a newer one exists (protocol revisions). */
  marksSuperseded: boolean;
  /**
   * The document shows the live agenda proposal (the kallelse): the projection also folds the
   * group's carry-over (follow-up events included) and rebuilds every coming meeting of the group
   * whose proposal an event changed, whichever stream the event is in.
   */
  followsCarryOver?: boolean;
}

/**
 * A projection that keeps one kind of document for every meeting, with its own checkpoint: it
 * folds the meeting's events with the domain's own evolve, builds the document after each event and
 * stores it under its revision. Earlier revisions stay as they were: that is the history a reader
 * can ask for. Documents are pure functions of the events, so a rebuild gives the same rows.
 */
export function meetingDocumentProjection<D extends MeetingDocument>(
  spec: MeetingDocumentSpec<D>,
): Projection {
  return {
    name: spec.name,
    kind: 'read-model',
    eventTypes: [
      ...GROUP_AND_ORGANISATION_EVENTS,
      ...MEETING_EVENT_TYPES,
      ...(spec.followsCarryOver ? FOLLOW_UP_EVENT_TYPES : []),
    ],

    async apply(events: readonly StoredEvent[], { manager }: ProjectionContext): Promise<void> {
      const batch = new DocumentBatch(manager, spec);
      await batch.prefetch(events);
      for (const event of events) await batch.apply(event);
      await batch.flush();
    },

    // Rebuilt into shadow tables (a document keeps answering meanwhile); both tables are shared
    // by the three document projections, so only this one's rows are swapped.
    tables: [
      { name: 'rm_document_sources', rows: { where: 'projection = $1', params: [spec.name] } },
      { name: 'rm_documents', rows: { where: 'kind = $1', params: [spec.kind] } },
    ],
  };
}

interface Pending<D extends MeetingDocument> {
  tenantId: string;
  meetingId: string;
  versions: Map<number, Latest<D> & { at: string }>;
  /** Stored revisions a later version replaces (see build). */
  dropped: Set<number>;
}

class DocumentBatch<D extends MeetingDocument> {
  private readonly sources = new Map<string, DocumentSources>();
  private readonly pending = new Map<string, Pending<D>>();
  /** The newest stored version of meetings read ahead (null: none stored), by tenant and meeting. */
  private readonly stored = new Map<string, Latest<D> | null>();

  constructor(
    private readonly db: Sql,
    private readonly spec: MeetingDocumentSpec<D>,
  ) {}

  /**
   * Reads ahead, in a few queries per tenant, what the batch's events will ask for: the sources
   * (prefetch-sources.ts) and the newest stored version of every meeting they may rebuild. What
   * was not foreseen is still read when asked for.
   */
  async prefetch(events: readonly StoredEvent[]): Promise<void> {
    const tenants = new Map<string, StoredEvent[]>();
    for (const event of events) tenants.set(event.tenantId, [...(tenants.get(event.tenantId) ?? []), event]);
    for (const [tenantId, ofTenant] of tenants) {
      const meetingIds = await prefetchSources(
        this.sourcesOf(tenantId),
        ofTenant,
        this.spec.followsCarryOver,
      );
      await this.prefetchLatest(tenantId, meetingIds);
    }
  }

  private async prefetchLatest(tenantId: string, meetingIds: readonly string[]): Promise<void> {
    const unread = meetingIds.filter((id) => !this.stored.has(keyOf(tenantId, id)));
    if (unread.length === 0) return;
    const rows: StoredRow<D>[] = await this.db.query(
      `SELECT latest.*, ${byCarryOverColumn('$2')} FROM (
         SELECT DISTINCT ON (meeting_id) meeting_id, revision, document, stream_version FROM rm_documents
         WHERE tenant_id = $1 AND kind = $2 AND meeting_id = ANY($3::text[])
         ORDER BY meeting_id, revision DESC) latest`,
      [tenantId, this.spec.kind, unread],
    );
    for (const id of unread) this.stored.set(keyOf(tenantId, id), null);
    for (const row of rows) this.stored.set(keyOf(tenantId, row.meeting_id), latestOf(row));
  }

  async apply(event: StoredEvent): Promise<void> {
    const sources = this.sourcesOf(event.tenantId);
    const change = this.spec.followsCarryOver ? await applyCarryOverEvent(sources, event) : undefined;
    if (isFollowUpEvent(event)) return this.rebuildChanged(sources, event.tenantId, change, undefined, event);
    if (!isMeetingEventType(event.type)) return sources.applyContextEvent(event);
    const meetingEvent = event as unknown as MeetingEvent;
    const { meetingId } = meetingEvent.data;
    const state = await sources.applyMeetingEvent(meetingEvent);
    if (state.status !== 'unscheduled' && state.groupId) {
      const live = change && liveAgendaIn(change.after, meetingId);
      await this.build(sources, event.tenantId, state, event.streamPosition, meetingEvent.data.at, live);
    }
    await this.rebuildChanged(sources, event.tenantId, change, meetingId, event);
    // The groups a closed meeting handed escalations or answers to: their coming meetings too.
    for (const other of change?.others ?? [])
      await this.rebuildChanged(sources, event.tenantId, other, undefined, event);
  }

  /**
   * Built after every event, not once per batch: a kallelse's sequence and a protocol's revisions
   * depend on each intermediate state, and a rebuild (large batches) must give what the live
   * projection (small batches) gave.
   */
  private async build(
    sources: DocumentSources,
    tenantId: string,
    state: MeetingState,
    streamVersion: number | undefined,
    at: string,
    live: readonly LiveAgendaItem[] | undefined,
  ): Promise<void> {
    const pending = this.pendingOf(tenantId, state.meetingId as string);
    const previous = await this.latest(pending);
    const group = await sources.groupContext(state.groupId as string);
    const version = this.spec.build(state, group, previous, at, live);
    // Rebuilt for an event in another stream, it was still made from the meeting stream as before.
    const madeFrom = streamVersion ?? previous?.streamVersion ?? 0;
    const renumbered = previous !== undefined && version.revision !== previous.revision;
    // A new version for an event in another stream replaces the last one if that was also made so:
    // between two events of the meeting, only the latest of what carry-over made is kept. Every
    // follow-up report bumps a coming kallelse (its agenda shows the report): kept as rows, a
    // group's 77 open follow-ups reported six times made a row of the whole kallelse per report,
    // 80,000 rows for 3,000 meetings. The sequence still counts every change (the iCalendar
    // SEQUENCE an invitation sent later carries), and what the meeting's own events made stays,
    // which is what an invitation is built from (findKallelseAt).
    if (streamVersion === undefined && renumbered && previous.byCarryOver) {
      pending.versions.delete(previous.revision);
      pending.dropped.add(previous.revision);
    }
    const byCarryOver = streamVersion === undefined && (renumbered || previous?.byCarryOver === true);
    pending.versions.set(version.revision, { ...version, streamVersion: madeFrom, at, byCarryOver });
  }

  /** The group's other coming meetings whose live proposal the event changed get a new version. */
  private async rebuildChanged(
    sources: DocumentSources,
    tenantId: string,
    change: CarryOverChange | undefined,
    exceptMeetingId: string | undefined,
    event: StoredEvent,
  ): Promise<void> {
    if (change === undefined || change.after === change.before) return;
    const at = (event.data as { at: string }).at;
    for (const meetingId of Object.keys(change.after.meetings)) {
      if (meetingId === exceptMeetingId || !liveAgendaMayDiffer(change.before, change.after, meetingId))
        continue;
      const live = liveAgendaIn(change.after, meetingId);
      if (sameJson(live, liveAgendaIn(change.before, meetingId))) continue;
      const state = await sources.meeting(meetingId);
      if (state && state.status !== 'unscheduled')
        await this.build(sources, tenantId, state, undefined, at, live);
    }
  }

  /** Every version built in one statement (per chunk), then the superseded marks in one more. */
  async flush(): Promise<void> {
    for (const sources of this.sources.values()) await sources.flush();
    const dropped = [...this.pending.values()].flatMap(({ tenantId, meetingId, dropped }) =>
      [...dropped].map((revision) => [tenantId, meetingId, revision] as const),
    );
    if (dropped.length > 0)
      await this.db.query(
        `DELETE FROM rm_documents d USING unnest($2::text[], $3::text[], $4::int[]) AS x(tenant_id, meeting_id, revision)
         WHERE d.tenant_id = x.tenant_id AND d.meeting_id = x.meeting_id AND d.kind = $1 AND d.revision = x.revision`,
        [this.spec.kind, ...columns(dropped)],
      );
    const rows = [...this.pending.values()].flatMap(({ tenantId, meetingId, versions }) =>
      [...versions.values()].map(
        ({ revision, document, streamVersion, at }) =>
          [tenantId, meetingId, revision, JSON.stringify(document), streamVersion, at] as const,
      ),
    );
    for (const chunk of inChunks(rows, (row) => row[3].length)) {
      await this.db.query(
        `INSERT INTO rm_documents (tenant_id, meeting_id, kind, revision, document, stream_version, updated_at)
         SELECT tenant_id, meeting_id, $1, revision, document, stream_version, updated_at
         FROM unnest($2::text[], $3::text[], $4::int[], $5::jsonb[], $6::bigint[], $7::timestamptz[])
           AS r(tenant_id, meeting_id, revision, document, stream_version, updated_at)
         ON CONFLICT (tenant_id, meeting_id, kind, revision)
         DO UPDATE SET document = EXCLUDED.document, stream_version = EXCLUDED.stream_version,
                       updated_at = EXCLUDED.updated_at`,
        [this.spec.kind, ...columns(chunk)],
      );
    }
    if (this.spec.marksSuperseded && this.pending.size > 0) {
      const newest = [...this.pending.values()].map(
        ({ tenantId, meetingId, versions }) => [tenantId, meetingId, Math.max(...versions.keys())] as const,
      );
      await this.db.query(
        `UPDATE rm_documents d SET document = jsonb_set(d.document, '{revision,superseded}', 'true')
         FROM unnest($2::text[], $3::text[], $4::int[]) AS m(tenant_id, meeting_id, newest)
         WHERE d.tenant_id = m.tenant_id AND d.meeting_id = m.meeting_id AND d.kind = $1
           AND d.revision < m.newest AND d.document #>> '{revision,superseded}' = 'false'`,
        [this.spec.kind, ...columns(newest)],
      );
    }
  }

  private sourcesOf(tenantId: string): DocumentSources {
    let sources = this.sources.get(tenantId);
    if (!sources) {
      sources = new DocumentSources(this.db, this.spec.name, tenantId);
      this.sources.set(tenantId, sources);
    }
    return sources;
  }

  private pendingOf(tenantId: string, meetingId: string): Pending<D> {
    const key = keyOf(tenantId, meetingId);
    let pending = this.pending.get(key);
    if (!pending) {
      pending = { tenantId, meetingId, versions: new Map(), dropped: new Set() };
      this.pending.set(key, pending);
    }
    return pending;
  }

  /** The newest version: built earlier in this batch, or stored by an earlier one. */
  private async latest(pending: Pending<D>): Promise<Latest<D> | undefined> {
    const inBatch = [...pending.versions.values()].at(-1);
    if (inBatch) return inBatch;
    const key = keyOf(pending.tenantId, pending.meetingId);
    const readAhead = this.stored.get(key);
    if (readAhead !== undefined) return readAhead ?? undefined;
    const rows: StoredRow<D>[] = await this.db.query(
      `SELECT latest.*, ${byCarryOverColumn('$3')} FROM (
         SELECT meeting_id, revision, document, stream_version FROM rm_documents
         WHERE tenant_id = $1 AND meeting_id = $2 AND kind = $3 ORDER BY revision DESC LIMIT 1) latest`,
      [pending.tenantId, pending.meetingId, this.spec.kind],
    );
    const row = rows[0];
    return row && latestOf(row);
  }
}

/**
 * A meeting's live agenda, kept per carry-over state: one event's `after` is the next one's
 * `before`, so each is worked out once rather than twice. States are immutable (the fold makes
 * new ones), so the cache cannot go stale.
 */
const liveAgendas = new WeakMap<object, Map<string, ReturnType<typeof liveAgenda>>>();
function liveAgendaIn(state: CarryOverChange['after'], meetingId: string): ReturnType<typeof liveAgenda> {
  let byMeeting = liveAgendas.get(state);
  if (!byMeeting) liveAgendas.set(state, (byMeeting = new Map()));
  if (!byMeeting.has(meetingId)) byMeeting.set(meetingId, liveAgenda(state, meetingId));
  return byMeeting.get(meetingId);
}

const keyOf = (tenantId: string, meetingId: string) => `${tenantId}\u0000${meetingId}`;

interface StoredRow<D> {
  meeting_id: string;
  revision: number;
  document: D;
  stream_version: string;
  by_carry_over: boolean;
}

/**
 * Whether carry-over made the newest stored version (`latest`; the tenant is $1, the kind the
 * given parameter): a lower revision with the same stream version is beside it (see Latest).
 */
const byCarryOverColumn = (kind: string) => `EXISTS (SELECT FROM rm_documents e
    WHERE e.tenant_id = $1 AND e.meeting_id = latest.meeting_id AND e.kind = ${kind}
      AND e.stream_version = latest.stream_version AND e.revision < latest.revision) AS by_carry_over`;

function latestOf<D>(row: StoredRow<D>): Latest<D> {
  return {
    revision: row.revision,
    document: row.document as D & MeetingDocument,
    streamVersion: Number(row.stream_version),
    byCarryOver: row.by_carry_over,
  };
}
