import type { Pool, PoolClient, QueryConfig, QueryResult, QueryResultRow } from 'pg';
import { countStreamRead } from '#libs/observability';
import { AppendNotFirstWriteError, ConcurrencyError, InvalidAppendError } from './errors.js';
import { EVENT_COLUMNS, type EventRow, toStoredEvent } from './event-rows.js';
import { asPgError, isStatementError, UNIQUE_VIOLATION, UNTRANSLATABLE_CHARACTER } from './pg-errors.js';
import type {
  AppendOptions,
  AppendResult,
  ExpectedVersion,
  LogPosition,
  NewEvent,
  ProcessedCommand,
  StoredEvent,
  StreamAppend,
  StreamRef,
  StreamsAppendResult,
} from './types.js';
import { PgSnapshots } from './snapshots.js';
import { idInStream, streamRef, streamTypeOf } from './stream-refs.js';
import { UpcasterChain } from './upcasters.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Queryable = Pick<Pool | PoolClient, 'query'>;

/** The PostgreSQL event store. Appends go through the `es_append` function: one round trip each. */
export class PgEventStore {
  private wakeUpPending = false;
  /** Folded states of long streams (derived data, see PgSnapshots). */
  readonly snapshots: PgSnapshots;

  constructor(
    private readonly pool: Pool,
    private readonly upcasters = new UpcasterChain(),
  ) {
    this.snapshots = new PgSnapshots(pool);
  }

  /**
   * Appends events to one stream. Without `client` it runs in its own transaction; with a client
   * inside an open transaction it must be that transaction's first write (else
   * AppendNotFirstWriteError), and the events commit or roll back with it.
   */
  async append(
    stream: StreamRef,
    events: readonly NewEvent[],
    options: AppendOptions,
    client?: PoolClient,
  ): Promise<AppendResult> {
    validateAppend(stream, events);
    const { kind, version } = expectedParameters(options.expected);
    const parameters = [
      stream.tenantId,
      stream.streamId,
      stream.streamType,
      kind,
      version,
      options.commandId ?? null,
      events.map((event) => event.eventId),
      events.map((event) => event.type),
      events.map((event) => event.schemaVersion ?? 1),
      events.map((event) => JSON.stringify(event.data)),
      // The fingerprint rides in the metadata (es_append stores the first event's in es_commands
      // and leaves it out of the stored events): es_append keeps its signature, so every caller
      // and grant of it stays as it was.
      events.map((event) =>
        JSON.stringify({ ...event.metadata, commandId: options.commandId, fingerprint: options.fingerprint }),
      ),
    ];
    try {
      // Named: each connection parses and plans it once, not on every append.
      const { rows } = await this.appendQuery<{ result: AppendResult }>(client, {
        name: 'es_append',
        text: 'SELECT es_append($1, $2, $3, $4, $5, $6, $7::uuid[], $8::text[], $9::int[], $10::jsonb[], $11::jsonb[]) AS result',
        values: parameters,
      });
      if (!client && !rows[0].result.replayed) this.wakeProjections();
      return rows[0].result;
    } catch (error) {
      return this.translateAppendError(error, stream, options, client);
    }
  }

  /**
   * Appends one command's events to several streams in one transaction (es_append_streams): all
   * or nothing, each stream with its own expected version, the command id recorded once under the
   * first stream. For an effect on a second stream that must never be split from its cause.
   */
  async appendToStreams(
    appends: readonly StreamAppend[],
    options: Omit<AppendOptions, 'expected'>,
  ): Promise<StreamsAppendResult> {
    const tenantId = appends[0]?.stream.tenantId;
    if (tenantId === undefined) throw new InvalidAppendError('nothing to append');
    for (const { stream, events } of appends) {
      validateAppend(stream, events);
      if (stream.tenantId !== tenantId) throw new InvalidAppendError('every stream must be in one tenant');
    }
    const streams = appends.map(({ stream, events, expected }) => {
      const { kind, version } = expectedParameters(expected);
      return {
        stream: stream.streamId,
        streamType: stream.streamType,
        expectedKind: kind,
        expectedVersion: version,
        events: events.map((event) => ({
          id: event.eventId,
          type: event.type,
          schemaVersion: event.schemaVersion ?? 1,
          data: event.data,
          metadata: { ...event.metadata, commandId: options.commandId },
        })),
      };
    });
    try {
      const { rows } = await this.appendQuery<{ result: StreamsAppendResult & AppendResult }>(undefined, {
        name: 'es_append_streams',
        text: 'SELECT es_append_streams($1, $2, $3, $4::jsonb) AS result',
        values: [tenantId, options.commandId ?? null, options.fingerprint ?? null, JSON.stringify(streams)],
      });
      const { result } = rows[0];
      if (!result.replayed) this.wakeProjections();
      // A command id first recorded by a one-stream append has no "streams" in its result.
      const main = { streamId: appends[0].stream.streamId, ...result };
      return { streams: result.streams ?? [main], replayed: result.replayed };
    } catch (error) {
      // A version conflict names its stream; anything else is reported against the first.
      const hint = asPgError(error).hint;
      const failed = appends.find(({ stream }) => stream.streamId === hint) ?? appends[0];
      const first: AppendResult & Partial<StreamsAppendResult> = await this.translateAppendError(
        error,
        failed.stream,
        { ...options, expected: failed.expected },
      );
      // Only a replay gets here without throwing: the command id won a race a moment ago.
      return { streams: first.streams ?? [{ streamId: failed.stream.streamId, ...first }], replayed: true };
    }
  }

  /**
   * Runs an append on the caller's client, or on a pooled connection that a refused append keeps.
   * pool.query releases its connection with any error, and pg-pool then closes it: every version
   * conflict cost a new PostgreSQL session (connect, authentication, a fresh backend that compiles
   * es_append and prepares it again), about 10 ms against 0.3 ms for the refusal itself, which made
   * conflicting editors on a hot stream slow to learn the version and try again. A statement error
   * leaves the session usable; anything else (a lost connection) still discards it.
   */
  private async appendQuery<Row extends QueryResultRow>(
    client: PoolClient | undefined,
    query: QueryConfig,
  ): Promise<QueryResult<Row>> {
    if (client) return client.query<Row>(query);
    const pooled = await this.pool.connect();
    try {
      const result = await pooled.query<Row>(query);
      pooled.release();
      return result;
    } catch (error) {
      pooled.release(isStatementError(error) ? undefined : (error as Error));
      throw error;
    }
  }

  /**
   * Tells listening projection runners that there is something to read: one NOTIFY, in its own
   * tiny transaction, per burst of appends (runners poll anyway; this only cuts the latency).
   * Appends inside a caller's transaction are left to polling: they are not visible until the
   * caller commits.
   */
  private wakeProjections(): void {
    if (this.wakeUpPending) return;
    this.wakeUpPending = true;
    setTimeout(() => {
      this.wakeUpPending = false;
      this.pool.query("SELECT pg_notify('es_appended', '')").catch(() => undefined);
    }, 5).unref();
  }

  /** Events of one stream in order, after `afterPosition` (0 = from the start). */
  async readStream(tenantId: string, streamId: string, afterPosition = 0): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events e
       WHERE e.tenant_id = $1 AND e.stream_id = $2 AND e.stream_position > $3 ORDER BY e.stream_position`,
      [tenantId, streamId, afterPosition],
    );
    countStreamRead(streamTypeOf(streamId), rows.length);
    return rows.map((row) => this.upcasters.apply(toStoredEvent(row)));
  }

  /**
   * A page of the global log after `after`, in (transaction id, position) order, fenced below the
   * oldest transaction still running: anything that may yet commit stays invisible, so a reader
   * that checkpoints the last event it saw can never skip a late commit.
   */
  async readLog(after: LogPosition, limit: number, db: Queryable = this.pool): Promise<StoredEvent[]> {
    const { rows } = await db.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events e
       WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
         AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY e.transaction_id, e.global_position
       LIMIT $3`,
      [after.transactionId, after.globalPosition, limit],
    );
    return rows.map((row) => this.upcasters.apply(toStoredEvent(row)));
  }

  /** The current version of a stream, 0 when it does not exist. */
  async streamVersion(tenantId: string, streamId: string): Promise<number> {
    const { rows } = await this.pool.query<{ version: string }>(
      'SELECT version FROM es_streams WHERE tenant_id = $1 AND stream_id = $2',
      [tenantId, streamId],
    );
    return rows.length === 0 ? 0 : Number(rows[0].version);
  }

  /**
   * What the store recorded for a command id (es_commands), or undefined when it has not seen it.
   * The command loop asks *before* deciding: a retried "schedule" would otherwise be refused as
   * already scheduled instead of answered as the first time (append answers replays only after
   * the decider has run).
   */
  async processedCommand(tenantId: string, commandId: string): Promise<ProcessedCommand | undefined> {
    const { rows } = await this.pool.query<{
      stream_id: string;
      result: AppendResult;
      fingerprint: string | null;
    }>('SELECT stream_id, result, fingerprint FROM es_commands WHERE tenant_id = $1 AND command_id = $2', [
      tenantId,
      commandId,
    ]);
    if (rows.length === 0) return undefined;
    const { stream_id, result, fingerprint } = rows[0];
    return { streamId: stream_id, nextExpectedVersion: Number(result.nextExpectedVersion), fingerprint };
  }

  /**
   * The ids of a tenant's streams of one type, oldest first, as given to `streamRef` (without the
   * `<type>-` prefix of the stream id). Fine for the tens of groups a tenant has; a read model
   * replaces it where lists grow.
   */
  async streamIds(tenantId: string, streamType: string): Promise<string[]> {
    return [...(await this.streamVersions(tenantId, streamType)).keys()];
  }

  /**
   * The versions of a tenant's streams of one type, oldest stream first, by the ids `streamRef`
   * takes: what a read model's rows can be checked against (a row behind its stream is stale).
   */
  async streamVersions(tenantId: string, streamType: string): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ stream_id: string; version: string }>(
      'SELECT stream_id, version FROM es_streams WHERE tenant_id = $1 AND stream_type = $2 ORDER BY created_at, stream_id',
      [tenantId, streamType],
    );
    return new Map(
      rows.map(({ stream_id, version }) => [
        idInStream({ tenantId, streamId: stream_id, streamType }),
        Number(version),
      ]),
    );
  }

  /**
   * The versions of some of a tenant's streams of one type, by the ids `streamRef` takes; a stream
   * that does not exist is left out. One indexed query, for a read model's rows to be checked
   * against without reading every stream of the type.
   */
  async streamVersionsOf(
    tenantId: string,
    streamType: string,
    ids: readonly string[],
  ): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const refs = ids.map((id) => ({ id, streamId: streamRef(streamType, tenantId, id).streamId }));
    const { rows } = await this.pool.query<{ stream_id: string; version: string }>(
      'SELECT stream_id, version FROM es_streams WHERE tenant_id = $1 AND stream_id = ANY($2::text[])',
      [tenantId, refs.map(({ streamId }) => streamId)],
    );
    const versions = new Map(rows.map(({ stream_id, version }) => [stream_id, Number(version)]));
    return new Map(
      refs.flatMap(({ id, streamId }) => {
        const version = versions.get(streamId);
        return version === undefined ? [] : [[id, version] as const];
      }),
    );
  }

  /** The global position of the newest event (0 for an empty log): the head projections lag behind. */
  async logHead(): Promise<number> {
    const { rows } = await this.pool.query<{ head: string }>(
      'SELECT coalesce(max(global_position), 0) AS head FROM es_events',
    );
    return Number(rows[0].head);
  }

  private async translateAppendError(
    error: unknown,
    stream: StreamRef,
    options: AppendOptions,
    client?: PoolClient,
  ): Promise<AppendResult> {
    const pgError = asPgError(error);
    if (pgError.code === 'ESVC1') {
      throw new ConcurrencyError(stream.streamId, String(options.expected), Number(pgError.detail ?? 0));
    }
    if (pgError.code === 'ESFW1') throw new AppendNotFirstWriteError();
    if (pgError.code === 'ESIA1') throw new InvalidAppendError(pgError.message ?? 'invalid append');
    if (
      pgError.code === UNIQUE_VIOLATION &&
      pgError.constraint === 'es_commands_pkey' &&
      !client &&
      options.commandId
    ) {
      // The same command raced itself on another stream; the first one won: return its result.
      const { rows } = await this.pool.query<{ result: AppendResult }>(
        'SELECT result FROM es_commands WHERE tenant_id = $1 AND command_id = $2',
        [stream.tenantId, options.commandId],
      );
      return { ...rows[0].result, replayed: true };
    }
    if (pgError.code === UNIQUE_VIOLATION && pgError.constraint === 'es_events_event_id_key') {
      throw new InvalidAppendError('an event with this event id is already stored');
    }
    if (pgError.code === UNTRANSLATABLE_CHARACTER) {
      throw new InvalidAppendError(
        'event data contains a NUL character (\\u0000), which PostgreSQL cannot store in jsonb',
      );
    }
    if (pgError.code === UNIQUE_VIOLATION) {
      throw new ConcurrencyError(
        stream.streamId,
        String(options.expected),
        await this.streamVersion(stream.tenantId, stream.streamId),
      );
    }
    throw error;
  }
}

function expectedParameters(expected: ExpectedVersion): { kind: string; version: number | null } {
  if (typeof expected === 'number') {
    if (!Number.isInteger(expected) || expected < 0)
      throw new InvalidAppendError('expected version must be a whole number ≥ 0');
    return { kind: 'exact', version: expected };
  }
  return { kind: expected, version: null };
}

function validateAppend(stream: StreamRef, events: readonly NewEvent[]): void {
  if (!stream.tenantId || !stream.streamId || !stream.streamType) {
    throw new InvalidAppendError('tenant, stream id and stream type are required');
  }
  if (events.length === 0) throw new InvalidAppendError('nothing to append');
  for (const event of events) {
    if (!UUID.test(event.eventId)) throw new InvalidAppendError(`event id ${event.eventId} is not a UUID`);
    if (!event.type) throw new InvalidAppendError('every event needs a type');
  }
}
