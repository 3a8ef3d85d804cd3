import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APPEND_EARLY_REFUSAL } from './1732364000000-append-early-refusal.migration.js';
import { ES_APPEND_SIGNATURE } from './log-privileges.js';

/**
 * Events no longer carry the request's fingerprint in their metadata. It rode there only to reach
 * es_commands (es_append keeps its signature, so every caller and grant stays as it was), and no
 * reader of the log uses it: es_commands.fingerprint is what a replay is checked against. Stored
 * in every event of every command it was about 85 bytes of heap and WAL per event (a sha256 in
 * hex and its key), the widest part of a typical event's metadata, and catch-up readers read it
 * back each time. es_append now stores each event's metadata without it, and still takes the
 * first event's into es_commands, exactly as before; the command id stays in the metadata.
 *
 * Everything else is AppendEarlyRefusal1732364000000's es_append, unchanged: signature, results,
 * error codes, the early refusal, the lock before the first write. Events stored before keep
 * their fingerprint (the log is append-only); nothing reads it either way.
 *
 * CREATE OR REPLACE keeps the owner and grants but not SECURITY DEFINER and the search_path, so
 * both are set again as EventStorePrivileges set them.
 */
export class EventMetadataWithoutFingerprint1732367000000 implements MigrationInterface {
  name = 'EventMetadataWithoutFingerprint1732367000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(APPEND_WITHOUT_FINGERPRINT_IN_EVENTS);
    await db.query(definerAsBefore());
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(APPEND_EARLY_REFUSAL);
    await db.query(definerAsBefore());
  }
}

const definerAsBefore = () => `
  DO $definer$ BEGIN
    EXECUTE format('ALTER FUNCTION ${ES_APPEND_SIGNATURE} SECURITY DEFINER SET search_path = %I, pg_temp',
      current_schema());
  END $definer$`;

const APPEND_WITHOUT_FINGERPRINT_IN_EVENTS = `
CREATE OR REPLACE FUNCTION es_append(
  p_tenant text, p_stream text, p_stream_type text,
  p_expected_kind text, p_expected_version bigint, p_command_id text,
  p_event_ids uuid[], p_types text[], p_schema_versions integer[], p_data jsonb[], p_metadata jsonb[]
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_lock bigint := hashtextextended(p_tenant || '/' || p_stream, 0);
  v_count bigint := cardinality(p_event_ids);
  v_exists boolean;
  v_current bigint;
  v_first bigint;
  v_last bigint;
  v_result jsonb;
BEGIN
  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
    RAISE EXCEPTION 'an append must be the first write in its transaction' USING ERRCODE = 'ESFW1';
  END IF;
  -- Advisory locks assign no transaction id; the first INSERT below does, while we hold the lock.
  IF NOT pg_try_advisory_xact_lock(v_lock) THEN
    IF p_expected_kind = 'exact' THEN
      -- Held by another appender: refuse a stale version now rather than after it commits.
      SELECT (SELECT result FROM es_commands WHERE tenant_id = p_tenant AND command_id = p_command_id),
             (SELECT version FROM es_streams WHERE tenant_id = p_tenant AND stream_id = p_stream)
        INTO v_result, v_current;
      IF v_result IS NOT NULL THEN
        RETURN v_result || '{"replayed": true}';
      END IF;
      IF coalesce(v_current, 0) <> p_expected_version THEN
        RAISE EXCEPTION 'stream % is at version %, expected %', p_stream, coalesce(v_current, 0),
          p_expected_version USING ERRCODE = 'ESVC1', DETAIL = coalesce(v_current, 0)::text;
      END IF;
    END IF;
    PERFORM pg_advisory_xact_lock(v_lock);
  END IF;

  IF p_command_id IS NOT NULL THEN
    SELECT result INTO v_result FROM es_commands WHERE tenant_id = p_tenant AND command_id = p_command_id;
    IF FOUND THEN
      RETURN v_result || '{"replayed": true}';
    END IF;
  END IF;

  SELECT version INTO v_current FROM es_streams WHERE tenant_id = p_tenant AND stream_id = p_stream;
  v_exists := FOUND;
  IF (p_expected_kind = 'no_stream' AND v_exists)
     OR (p_expected_kind = 'stream_exists' AND NOT v_exists)
     OR (p_expected_kind = 'exact' AND coalesce(v_current, 0) <> p_expected_version) THEN
    RAISE EXCEPTION 'stream % is at version %, expected %', p_stream, coalesce(v_current, 0),
      CASE WHEN p_expected_kind = 'exact' THEN p_expected_version::text ELSE p_expected_kind END
      USING ERRCODE = 'ESVC1', DETAIL = coalesce(v_current, 0)::text;
  END IF;
  v_current := coalesce(v_current, 0);

  IF v_count = 1 THEN
    INSERT INTO es_events (tenant_id, stream_id, stream_position, event_id, event_type, schema_version, data, metadata)
    VALUES (p_tenant, p_stream, v_current + 1, p_event_ids[1], p_types[1], p_schema_versions[1], p_data[1], p_metadata[1] - 'fingerprint')
    RETURNING global_position INTO v_first;
    v_last := v_first;
  ELSE
    WITH inserted AS (
      INSERT INTO es_events (tenant_id, stream_id, stream_position, event_id, event_type, schema_version, data, metadata)
      SELECT p_tenant, p_stream, v_current + e.ord, e.id, e.type, e.sv, e.data, e.meta - 'fingerprint'
      FROM (SELECT * FROM unnest(p_event_ids, p_types, p_schema_versions, p_data, p_metadata)
              WITH ORDINALITY AS u(id, type, sv, data, meta, ord) ORDER BY u.ord) e
      RETURNING global_position
    )
    SELECT min(global_position), max(global_position) INTO v_first, v_last FROM inserted;
  END IF;

  IF v_exists THEN
    UPDATE es_streams SET version = v_current + v_count, updated_at = now()
    WHERE tenant_id = p_tenant AND stream_id = p_stream;
  ELSE
    INSERT INTO es_streams (tenant_id, stream_id, stream_type, version)
    VALUES (p_tenant, p_stream, p_stream_type, v_count);
  END IF;

  v_result := jsonb_build_object(
    'nextExpectedVersion', v_current + v_count,
    'firstPosition', v_first, 'lastPosition', v_last, 'replayed', false);
  IF p_command_id IS NOT NULL THEN
    INSERT INTO es_commands (tenant_id, command_id, stream_id, result, fingerprint)
    VALUES (p_tenant, p_command_id, p_stream, v_result, p_metadata[1] ->> 'fingerprint');
  END IF;
  RETURN v_result;
END $$;
`;
