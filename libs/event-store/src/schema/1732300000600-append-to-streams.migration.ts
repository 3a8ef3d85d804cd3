import type { MigrationInterface, QueryRunner } from 'typeorm';

/** es_append_streams' argument types, as ALTER FUNCTION and GRANT name it (spelled out: a migration never changes). */
const ES_APPEND_STREAMS = 'es_append_streams(text, text, text, jsonb)';

/**
 * es_append_streams: one command's events on several streams in one transaction, so an effect on
 * a second stream (the follow-up a follow-up date opens, the protocol number a meeting takes) is
 * recorded with its cause or not at all: no dual write, nothing for a crash to split.
 *
 * Every stream is locked (in a fixed order, so two such commands cannot deadlock) before the first
 * INSERT assigns the transaction id. That is es_append's rule for one stream kept for all of them:
 * a writer that took its transaction id before it held a stream's lock could commit that stream's
 * next event below an earlier one in log order. Expected versions are checked per stream (ESVC1,
 * with the stream in HINT and its version in DETAIL). The command id is recorded once, under the
 * first stream, with the first stream's result and every stream's under "streams".
 *
 * SECURITY DEFINER with a fixed search_path and EXECUTE for the app role only, as es_append.
 */
export class AppendToStreams1732300000600 implements MigrationInterface {
  name = 'AppendToStreams1732300000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(APPEND_STREAMS_FUNCTION);
    await db.query(`
      DO $privileges$ BEGIN
        EXECUTE format('ALTER FUNCTION ${ES_APPEND_STREAMS} SECURITY DEFINER SET search_path = %I, pg_temp',
          current_schema());
        REVOKE ALL ON FUNCTION ${ES_APPEND_STREAMS} FROM PUBLIC;
        EXECUTE format('GRANT EXECUTE ON FUNCTION ${ES_APPEND_STREAMS} TO %I', current_database() || '_app');
      END $privileges$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION ${ES_APPEND_STREAMS}`);
  }
}

/**
 * p_appends: [{ "stream", "streamType", "expectedKind", "expectedVersion",
 *               "events": [{ "id", "type", "schemaVersion", "data", "metadata" }] }, …]
 */
const APPEND_STREAMS_FUNCTION = `
CREATE FUNCTION es_append_streams(
  p_tenant text, p_command_id text, p_fingerprint text, p_appends jsonb
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_append jsonb;
  v_stream text;
  v_current bigint;
  v_count bigint;
  v_first bigint;
  v_last bigint;
  v_results jsonb := '[]';
  v_result jsonb;
BEGIN
  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
    RAISE EXCEPTION 'an append must be the first write in its transaction' USING ERRCODE = 'ESFW1';
  END IF;
  IF jsonb_typeof(p_appends) <> 'array' OR jsonb_array_length(p_appends) = 0 THEN
    RAISE EXCEPTION 'nothing to append' USING ERRCODE = 'ESIA1';
  END IF;
  IF (SELECT count(DISTINCT a ->> 'stream') <> count(*) FROM jsonb_array_elements(p_appends) a) THEN
    RAISE EXCEPTION 'a stream may appear once in an append' USING ERRCODE = 'ESIA1';
  END IF;

  -- Every lock first, in one order; advisory locks assign no transaction id.
  FOR v_stream IN SELECT a ->> 'stream' FROM jsonb_array_elements(p_appends) a ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(hashtextextended(p_tenant || '/' || v_stream, 0));
  END LOOP;

  IF p_command_id IS NOT NULL THEN
    SELECT result INTO v_result FROM es_commands WHERE tenant_id = p_tenant AND command_id = p_command_id;
    IF FOUND THEN
      RETURN v_result || '{"replayed": true}';
    END IF;
  END IF;

  FOR v_append IN SELECT a FROM jsonb_array_elements(p_appends) a LOOP
    v_stream := v_append ->> 'stream';
    SELECT version INTO v_current FROM es_streams WHERE tenant_id = p_tenant AND stream_id = v_stream;
    IF (v_append ->> 'expectedKind' = 'no_stream' AND v_current IS NOT NULL)
       OR (v_append ->> 'expectedKind' = 'stream_exists' AND v_current IS NULL)
       OR (v_append ->> 'expectedKind' = 'exact'
           AND coalesce(v_current, 0) <> (v_append ->> 'expectedVersion')::bigint) THEN
      RAISE EXCEPTION 'stream % is at version %, expected %', v_stream, coalesce(v_current, 0),
        coalesce(v_append ->> 'expectedVersion', v_append ->> 'expectedKind')
        USING ERRCODE = 'ESVC1', DETAIL = coalesce(v_current, 0)::text, HINT = v_stream;
    END IF;
    v_current := coalesce(v_current, 0);

    WITH inserted AS (
      INSERT INTO es_events (tenant_id, stream_id, stream_position, event_id, event_type, schema_version, data, metadata)
      SELECT p_tenant, v_stream, v_current + e.ord, (e.ev ->> 'id')::uuid, e.ev ->> 'type',
             coalesce((e.ev ->> 'schemaVersion')::int, 1), e.ev -> 'data', e.ev -> 'metadata'
      FROM (SELECT * FROM jsonb_array_elements(v_append -> 'events') WITH ORDINALITY AS u(ev, ord) ORDER BY u.ord) e
      RETURNING global_position
    )
    SELECT count(*), min(global_position), max(global_position) INTO v_count, v_first, v_last FROM inserted;
    IF v_count = 0 THEN
      RAISE EXCEPTION 'nothing to append to stream %', v_stream USING ERRCODE = 'ESIA1';
    END IF;

    INSERT INTO es_streams (tenant_id, stream_id, stream_type, version)
    VALUES (p_tenant, v_stream, v_append ->> 'streamType', v_current + v_count)
    ON CONFLICT (tenant_id, stream_id) DO UPDATE SET version = EXCLUDED.version, updated_at = now();

    v_results := v_results || jsonb_build_object('streamId', v_stream,
      'nextExpectedVersion', v_current + v_count, 'firstPosition', v_first, 'lastPosition', v_last);
  END LOOP;

  v_result := (v_results -> 0) - 'streamId' || jsonb_build_object('replayed', false, 'streams', v_results);
  IF p_command_id IS NOT NULL THEN
    INSERT INTO es_commands (tenant_id, command_id, stream_id, result, fingerprint)
    VALUES (p_tenant, p_command_id, p_appends -> 0 ->> 'stream', v_result, p_fingerprint);
  END IF;
  RETURN v_result;
END $$;
`;
