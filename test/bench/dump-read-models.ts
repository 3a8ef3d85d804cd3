/**
 * `tsx test/bench/dump-read-models.ts <data dir> <out file>`: every read model table (rm_*) of the
 * embedded server in <data dir>, rows sorted, as one JSON line per row: two dumps compared with
 * diff show whether a change to a projection changed any row it writes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '#libs/database';
import { freePort } from '#libs/testing';

/** Columns a projection fills from the clock (now()), not from the events: left out. */
const WALL_CLOCK: Record<string, string> = { rm_groups: 'updated_at' };

const [dataDir, out] = process.argv.slice(2);
if (!dataDir || !out) throw new Error('usage: tsx test/bench/dump-read-models.ts <data dir> <out file>');
const server = await startEmbeddedPostgres({
  dataDir: resolve(dataDir),
  port: await freePort(),
  log: () => undefined,
});
const client = new pg.Client({ connectionString: server.url });
await client.connect();
try {
  const tables: { table_name: string }[] = (
    await client.query(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_name LIKE 'rm\\_%' ORDER BY table_name`,
    )
  ).rows;
  const lines: string[] = [];
  for (const { table_name: table } of tables) {
    const rows = (
      await client.query(`SELECT (to_jsonb(t) - $1::text)::text AS row FROM ${table} t`, [
        WALL_CLOCK[table] ?? '',
      ])
    ).rows as { row: string }[];
    lines.push(...rows.map((r) => `${table} ${r.row}`).sort());
    console.log(`${table}: ${rows.length} rows`);
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
} finally {
  await client.end();
  await server.stop();
}
