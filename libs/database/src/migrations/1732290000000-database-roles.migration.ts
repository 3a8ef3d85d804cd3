import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The owner and application roles of this database (names: database-roles.ts).
 *
 * Until now the service connected as whoever DATABASE_URL named, typically a superuser, which can
 * switch the append-only triggers off (`session_replication_role = replica`, `DISABLE TRIGGER`).
 * From here on:
 * - `<db>_owner` (NOLOGIN) owns every object in the schema; this migration hands it what the
 *   earlier ones made, and migrateDatabase runs every later migration as it (SET ROLE at connect).
 * - `<db>_app` is what the service's pools log in as. It owns nothing and is no superuser, so it
 *   cannot alter or disable a trigger or set session_replication_role. It gets full DML on the
 *   tables, and default privileges give it the same on every table the owner creates later; the
 *   event store's next migration takes the log's tables back to SELECT only.
 * - the migrating role (superuser, or an admin with CREATEROLE) is made a member of the owner
 *   when it is not a superuser, which it needs to hand objects over and to SET ROLE to it.
 *
 * Race-safe and idempotent: a role that already exists (a database dropped and made again under
 * the same name, or a concurrent creator) is reused and its attributes set again.
 */
export class DatabaseRoles1732290000000 implements MigrationInterface {
  name = 'DatabaseRoles1732290000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(CREATE_ROLES);
    await db.query(HAND_OVER_AND_GRANT);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $down$
      DECLARE
        v_owner text := current_database() || '_owner';
        v_app   text := current_database() || '_app';
      BEGIN
        -- Only this database's objects and grants (REASSIGN/DROP OWNED act on the current database).
        EXECUTE format('REASSIGN OWNED BY %I TO %I', v_owner, current_user);
        EXECUTE format('DROP OWNED BY %I, %I', v_app, v_owner);
        EXECUTE format('DROP ROLE %I, %I', v_app, v_owner);
      END $down$`);
  }
}

const CREATE_ROLES = `
DO $roles$
DECLARE
  v_owner text := current_database() || '_owner';
  v_app   text := current_database() || '_app';
  v_super boolean := (SELECT rolsuper FROM pg_roles WHERE rolname = current_user);
  v_name  text;
  v_member regrole;
BEGIN
  IF octet_length(v_owner) > 63 THEN
    RAISE EXCEPTION 'the database name % is too long for its role names (% must fit in 63 bytes)',
      current_database(), v_owner;
  END IF;
  FOREACH v_name IN ARRAY ARRAY[v_owner, v_app] LOOP
    BEGIN
      EXECUTE format('CREATE ROLE %I', v_name);
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- made earlier, or by a concurrent migration of a database of the same name
    END;
  END LOOP;

  -- Set on a reused role too. Only a superuser may name SUPERUSER, REPLICATION or BYPASSRLS at
  -- all; a CREATEROLE admin cannot have given them, and the start-up check refuses an app login
  -- that has them.
  EXECUTE format('ALTER ROLE %I NOLOGIN NOCREATEDB NOCREATEROLE', v_owner);
  EXECUTE format('ALTER ROLE %I LOGIN NOCREATEDB NOCREATEROLE', v_app);
  IF v_super THEN
    EXECUTE format('ALTER ROLE %I NOSUPERUSER NOREPLICATION NOBYPASSRLS', v_owner);
    EXECUTE format('ALTER ROLE %I NOSUPERUSER NOREPLICATION NOBYPASSRLS', v_app);
  ELSE
    EXECUTE format('GRANT %I TO %I', v_owner, current_user);
  END IF;
  -- A reused app role must not reach the owner (or anything else) through a membership.
  FOR v_member IN SELECT roleid::regrole FROM pg_auth_members WHERE member = v_app::regrole LOOP
    EXECUTE format('REVOKE %s FROM %I', v_member, v_app);
  END LOOP;
END $roles$`;

const HAND_OVER_AND_GRANT = `
DO $grants$
DECLARE
  v_db     text := current_database();
  v_schema text := current_schema();
  v_owner  text := current_database() || '_owner';
  v_app    text := current_database() || '_app';
  v_object text;
BEGIN
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', v_db, v_app);
  EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO %I', v_schema, v_owner);
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', v_schema, v_app);
  -- PostgreSQL 14 and older let everyone create in public: the app must not add objects of its own.
  EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', v_schema);

  -- Everything the earlier migrations (and TypeORM's schema_migrations) made, except what an
  -- extension owns. A sequence OWNED BY a column moves with its table.
  FOR v_object IN
    SELECT c.oid::regclass::text FROM pg_class c
    WHERE c.relnamespace = v_schema::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                        AND d.objid = c.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER TABLE %s OWNER TO %I', v_object, v_owner);
  END LOOP;
  FOR v_object IN
    SELECT c.oid::regclass::text FROM pg_class c
    WHERE c.relnamespace = v_schema::regnamespace AND c.relkind = 'S'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                        AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
  LOOP
    EXECUTE format('ALTER SEQUENCE %s OWNER TO %I', v_object, v_owner);
  END LOOP;
  FOR v_object IN
    SELECT p.oid::regprocedure::text FROM pg_proc p
    WHERE p.pronamespace = v_schema::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                        AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO %I', v_object, v_owner);
  END LOOP;

  -- Read models, checkpoints, dead letters, identity: the app writes them. Tables the owner makes
  -- later get the same by default; a migration that makes a table the app must not write revokes.
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA %I TO %I', v_schema, v_app);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', v_schema, v_app);
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I
                    GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO %I', v_owner, v_schema, v_app);
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I
                    GRANT USAGE, SELECT ON SEQUENCES TO %I', v_owner, v_schema, v_app);
  -- Which migrations ran is the owner's business; the app may look.
  EXECUTE format('REVOKE ALL ON TABLE schema_migrations FROM %I', v_app);
  EXECUTE format('GRANT SELECT ON TABLE schema_migrations TO %I', v_app);
END $grants$`;
