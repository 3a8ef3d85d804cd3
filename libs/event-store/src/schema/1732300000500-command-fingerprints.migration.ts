import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APPEND_FUNCTION } from './1732250000000-event-store.migration.js';
import { ES_APPEND_SIGNATURE } from './log-privileges.js';

/**
 * es_commands keeps what each command asked for (a sha256 fingerprint, see requestFingerprint),
 * so the same Idempotency-Key with another request is refused instead of answered as a replay.
 *
 * es_append keeps its signature: the fingerprint comes in the first event's metadata, beside the
 * command id it belongs to. CREATE OR REPLACE keeps the function's owner and grants but not its
 * SECURITY DEFINER and search_path, so both are set again exactly as EventStorePrivileges set them.
 * Rows from before have no fingerprint; their ids were the raw keys, which no request uses any
 * more (the command loop now derives them from caller and key), so none is ever compared.
 */
export class CommandFingerprints1732300000500 implements MigrationInterface {
  name = 'CommandFingerprints1732300000500';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE es_commands ADD COLUMN fingerprint text');
    await db.query(APPEND_WITH_FINGERPRINT);
    await db.query(definerAsBefore());
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(APPEND_FUNCTION.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
    await db.query(definerAsBefore());
    await db.query('ALTER TABLE es_commands DROP COLUMN fingerprint');
  }
}

const definerAsBefore = () => `
  DO $definer$ BEGIN
    EXECUTE format('ALTER FUNCTION ${ES_APPEND_SIGNATURE} SECURITY DEFINER SET search_path = %I, pg_temp',
      current_schema());
  END $definer$`;

/** As in EventStore1732250000000, but the command's row also keeps the request's fingerprint. */
export const APPEND_WITH_FINGERPRINT = `
CREATE OR REPLACE FUNCTION es_append(
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
    INSERT INTO es_commands (tenant_id, command_id, stream_id, result, fingerprint)
    VALUES (p_tenant, p_command_id, p_stream, v_result, p_metadata[1] ->> 'fingerprint');
  END IF;
  RETURN v_result;
END $$;
`;
