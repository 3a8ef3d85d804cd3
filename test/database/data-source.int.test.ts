import pg from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createDataSource, createPgPool, runMigrations } from '#libs/database';
import { isConnectionError } from '#libs/event-store';
import { createTestDatabase, type TestDatabase } from '#libs/testing';
import { waitUntil } from './embedded-server-helpers.js';

class CreateWidgets1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('create table widgets (id int primary key)');
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table widgets');
  }
}

class BrokenMigration1700000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('insert into widgets values (1)');
    await queryRunner.query('select * from no_such_table');
  }
  async down(): Promise<void> {}
}

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.drop();
});

describe('createDataSource and runMigrations', () => {
  it('applies pending migrations once, records them in schema_migrations and logs each', async () => {
    const dataSource = createDataSource({
      url: database.url,
      poolSize: 2,
      migrations: [CreateWidgets1700000000000],
    });
    await dataSource.initialize();
    const logged: string[] = [];
    const log = { log: (message: string) => logged.push(message) };

    try {
      expect(await runMigrations(dataSource, log)).toEqual(['CreateWidgets1700000000000']);
      expect(await runMigrations(dataSource, log)).toEqual([]);

      expect(logged).toEqual(['Applied migration CreateWidgets1700000000000']);
      expect(await dataSource.query('select name from schema_migrations')).toEqual([
        { name: 'CreateWidgets1700000000000' },
      ]);
      expect(
        await dataSource.query('select application_name from pg_stat_activity where pid = pg_backend_pid()'),
      ).toEqual([{ application_name: 'samverkan' }]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('keeps the migrations before a failing one, each in its own transaction', async () => {
    const dataSource = createDataSource({
      url: database.url,
      poolSize: 2,
      migrations: [CreateWidgets1700000000000, BrokenMigration1700000000001],
    });
    await dataSource.initialize();

    try {
      await expect(runMigrations(dataSource, { log: () => {} })).rejects.toThrow(/no_such_table/);
      expect(await dataSource.query('select name from schema_migrations')).toEqual([
        { name: 'CreateWidgets1700000000000' },
      ]);
      expect(await dataSource.query('select count(*)::int as n from widgets')).toEqual([{ n: 0 }]);
    } finally {
      await dataSource.destroy();
    }
  });
});

/** Ends a server session from outside, as PostgreSQL does to every session when its postmaster dies. */
async function terminateBackend(pid: number): Promise<void> {
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query('select pg_terminate_backend($1)', [pid]);
  await admin.end();
}

describe('createPgPool', () => {
  it('survives an idle connection being killed by the server, and logs it', async () => {
    const warnings: string[] = [];
    const pool = createPgPool(database.url, 2, { warn: (message: string) => warnings.push(message) });
    try {
      const client = await pool.connect();
      const { rows } = await client.query<{ pid: number; app: string }>(
        "select pg_backend_pid() as pid, current_setting('application_name') as app",
      );
      client.release();
      expect(rows[0].app).toBe('samverkan');

      await terminateBackend(rows[0].pid);

      await waitUntil(() => warnings.length > 0);
      expect(warnings).toEqual([
        expect.stringMatching(/^PostgreSQL connection failed: terminating connection/),
      ]);
      expect((await pool.query('select 1 as ok')).rows).toEqual([{ ok: 1 }]);
    } finally {
      await pool.end();
    }
  });

  // pg-pool listens on a client only while it is idle: without a listener of our own, the FATAL
  // that reaches a checked-out client between two queries was thrown and ended the process.
  it('survives a checked-out connection being killed between two queries: the next query fails as a lost connection', async () => {
    const warnings: string[] = [];
    const pool = createPgPool(database.url, 2, { warn: (message: string) => warnings.push(message) });
    try {
      const client = await pool.connect();
      const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');

      await terminateBackend(rows[0].pid);
      await waitUntil(() => warnings.length > 0);

      expect(warnings).toEqual([
        expect.stringMatching(/^PostgreSQL connection failed: terminating connection/),
      ]);
      const failure = await client.query('select 1').catch((error: Error) => error);
      expect(isConnectionError(failure)).toBe(true);
      client.release(failure as Error);
      expect((await pool.query('select 1 as ok')).rows).toEqual([{ ok: 1 }]);
      expect(pool.totalCount).toBe(1); // the dead client left the pool
    } finally {
      await pool.end();
    }
  });
});
