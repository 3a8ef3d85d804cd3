import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event store schema (after the shape Emmett and Marten converged on).
 *
 * Why each piece is here:
 * - `transaction_id xid8` lets readers fence on pg_snapshot_xmin, so a transaction that commits late
 *   (with a lower position than rows already visible) is never skipped.
 * - `es_log_order` indexes exactly what readers order, page and checkpoint by.
 * - `es_append` checks the expected version under a per-stream advisory lock taken *before* any
 *   transaction id is assigned: appenders to one stream get ascending xids, so (xid, position)
 *   order never shows a stream's v3 before its v2, and losers never draw a global position.
 * - triggers make `es_events` append-only in the database itself, whoever connects.
 */
export class EventStore1732250000000 implements MigrationInterface {
  name = 'EventStore1732250000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE SEQUENCE es_global_position AS bigint;

      CREATE TABLE es_streams (
        tenant_id   text        NOT NULL,
        stream_id   text        NOT NULL,
        stream_type text        NOT NULL,
        version     bigint      NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, stream_id)
      );

      CREATE TABLE es_events (
        global_position bigint      NOT NULL DEFAULT nextval('es_global_position') PRIMARY KEY,
        transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
        tenant_id       text        NOT NULL,
        stream_id       text        NOT NULL,
        stream_position bigint      NOT NULL,
        event_id        uuid        NOT NULL UNIQUE,
        event_type      text        NOT NULL,
        schema_version  integer     NOT NULL DEFAULT 1,
        data            jsonb       NOT NULL,
        metadata        jsonb       NOT NULL DEFAULT '{}',
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT es_events_stream_position UNIQUE (tenant_id, stream_id, stream_position)
      );
      ALTER SEQUENCE es_global_position OWNED BY es_events.global_position;
      CREATE INDEX es_log_order ON es_events (transaction_id, global_position);

      CREATE TABLE es_commands (
        tenant_id  text        NOT NULL,
        command_id text        NOT NULL,
        stream_id  text        NOT NULL,
        result     jsonb       NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, command_id)
      );

      CREATE TABLE es_checkpoints (
        projection      text        PRIMARY KEY,
        transaction_id  xid8        NOT NULL DEFAULT '0',
        global_position bigint      NOT NULL DEFAULT 0,
        rebuilt_at      timestamptz,
        updated_at      timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE es_dead_letters (
        id              bigserial   PRIMARY KEY,
        projection      text        NOT NULL,
        global_position bigint      NOT NULL,
        event_id        uuid        NOT NULL,
        event_type      text        NOT NULL,
        error           text        NOT NULL,
        failed_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (projection, event_id)
      );

      CREATE FUNCTION es_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'es_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'ESRO1';
      END $$;
      CREATE TRIGGER es_events_append_only BEFORE UPDATE OR DELETE ON es_events
        FOR EACH ROW EXECUTE FUNCTION es_forbid_change();
      CREATE TRIGGER es_events_no_truncate BEFORE TRUNCATE ON es_events
        FOR EACH STATEMENT EXECUTE FUNCTION es_forbid_change();
    `);
    await db.query(APPEND_FUNCTION);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION es_append;
      DROP TABLE es_dead_letters, es_checkpoints, es_commands, es_events, es_streams;
      DROP FUNCTION es_forbid_change;
    `);
  }
}

/**
 * One round trip per append. Error codes (SQLSTATE) are mapped to typed errors in TypeScript:
 * ESFW1 the append was not the first write of its transaction, ESVC1 wrong expected version.
 * No NOTIFY in here: a transaction that notifies takes a database-wide lock at commit and holds it
 * through the WAL flush, which serialised every appender (8 writers ran no faster than 1). The
 * store sends a coalesced wake-up after the append instead.
 */
export const APPEND_FUNCTION = `
CREATE FUNCTION es_append(
  p_tenant text, p_stream text, p_stream_type text,
  p_expected_kind text, p_expected_version bigint, p_command_id text,
  p_event_ids uuid[], p_types text[], p_schema_versions integer[], p_data jsonb[], p_metadata jsonb[]
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_current bigint;
  v_first bigint;
  v_last bigint;
  v_result jsonb;
BEGIN
  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
    RAISE EXCEPTION 'an append must be the first write in its transaction' USING ERRCODE = 'ESFW1';
  END IF;
  -- Advisory locks assign no transaction id; the first INSERT below does, while we hold the lock.
  PERFORM pg_advisory_xact_lock(hashtextextended(p_tenant || '/' || p_stream, 0));

  IF p_command_id IS NOT NULL THEN
    SELECT result INTO v_result FROM es_commands WHERE tenant_id = p_tenant AND command_id = p_command_id;
    IF FOUND THEN
      RETURN v_result || '{"replayed": true}';
    END IF;
  END IF;

  SELECT version INTO v_current FROM es_streams WHERE tenant_id = p_tenant AND stream_id = p_stream;
  IF (p_expected_kind = 'no_stream' AND v_current IS NOT NULL)
     OR (p_expected_kind = 'stream_exists' AND v_current IS NULL)
     OR (p_expected_kind = 'exact' AND coalesce(v_current, 0) <> p_expected_version) THEN
    RAISE EXCEPTION 'stream % is at version %, expected %', p_stream, coalesce(v_current, 0),
      CASE WHEN p_expected_kind = 'exact' THEN p_expected_version::text ELSE p_expected_kind END
      USING ERRCODE = 'ESVC1', DETAIL = coalesce(v_current, 0)::text;
  END IF;
  v_current := coalesce(v_current, 0);

  WITH inserted AS (
    INSERT INTO es_events (tenant_id, stream_id, stream_position, event_id, event_type, schema_version, data, metadata)
    SELECT p_tenant, p_stream, v_current + e.ord, e.id, e.type, e.sv, e.data, e.meta
    FROM (SELECT * FROM unnest(p_event_ids, p_types, p_schema_versions, p_data, p_metadata)
            WITH ORDINALITY AS u(id, type, sv, data, meta, ord) ORDER BY u.ord) e
    RETURNING global_position
  )
  SELECT min(global_position), max(global_position) INTO v_first, v_last FROM inserted;

  INSERT INTO es_streams (tenant_id, stream_id, stream_type, version)
  VALUES (p_tenant, p_stream, p_stream_type, v_current + cardinality(p_event_ids))
  ON CONFLICT (tenant_id, stream_id) DO UPDATE SET version = EXCLUDED.version, updated_at = now();

  v_result := jsonb_build_object(
    'nextExpectedVersion', v_current + cardinality(p_event_ids),
    'firstPosition', v_first, 'lastPosition', v_last, 'replayed', false);
  IF p_command_id IS NOT NULL THEN
    INSERT INTO es_commands (tenant_id, command_id, stream_id, result)
    VALUES (p_tenant, p_command_id, p_stream, v_result);
  END IF;
  RETURN v_result;
END $$;
`;
