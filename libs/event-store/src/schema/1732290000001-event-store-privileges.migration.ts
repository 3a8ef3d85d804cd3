import type { MigrationInterface, QueryRunner } from 'typeorm';

/** es_append's argument types, as ALTER FUNCTION and GRANT name it (spelled out here: a migration never changes). */
const ES_APPEND =
  'es_append(text, text, text, text, bigint, text, uuid[], text[], integer[], jsonb[], jsonb[])';

/**
 * The log is written only through es_append. DatabaseRoles (just before) gave the application
 * role `<db>_app` DML on every table; here the event store takes es_events, es_streams and
 * es_commands back to SELECT only, so nothing but es_append inserts an event, and the database
 * (not the caller) sets transaction_id, global_position and the stream's version: an INSERT of
 * its own could otherwise carry a transaction_id below a projection's checkpoint and never be read.
 *
 * es_append becomes SECURITY DEFINER: it runs as its owner, `<db>_owner`, which owns the tables.
 * Its search_path is fixed to this schema with pg_temp last, so a caller's temporary table named
 * es_events cannot stand in for the real one. Only the app role (and the owner) may call it.
 *
 * Runs as the owner role (migrateDatabase), which owns all of these.
 */
export class EventStorePrivileges1732290000001 implements MigrationInterface {
  name = 'EventStorePrivileges1732290000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $privileges$
      DECLARE
        v_app text := current_database() || '_app';
      BEGIN
        EXECUTE format('REVOKE ALL ON TABLE es_events, es_streams, es_commands FROM %I', v_app);
        EXECUTE format('GRANT SELECT ON TABLE es_events, es_streams, es_commands TO %I', v_app);
        -- Positions are drawn by es_append alone; SELECT keeps last_value readable.
        EXECUTE format('REVOKE ALL ON SEQUENCE es_global_position FROM %I', v_app);
        EXECUTE format('GRANT SELECT ON SEQUENCE es_global_position TO %I', v_app);

        EXECUTE format('ALTER FUNCTION ${ES_APPEND} SECURITY DEFINER SET search_path = %I, pg_temp',
          current_schema());
        REVOKE ALL ON FUNCTION ${ES_APPEND} FROM PUBLIC;
        EXECUTE format('GRANT EXECUTE ON FUNCTION ${ES_APPEND} TO %I', v_app);
      END $privileges$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $privileges$
      DECLARE
        v_app text := current_database() || '_app';
      BEGIN
        ALTER FUNCTION ${ES_APPEND} SECURITY INVOKER RESET search_path;
        GRANT EXECUTE ON FUNCTION ${ES_APPEND} TO PUBLIC;
        EXECUTE format('GRANT INSERT, UPDATE, DELETE, TRUNCATE ON TABLE es_events, es_streams, es_commands TO %I', v_app);
        EXECUTE format('GRANT USAGE ON SEQUENCE es_global_position TO %I', v_app);
      END $privileges$`);
  }
}
