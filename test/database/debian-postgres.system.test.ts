import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { embeddedServerHealth, startEmbeddedPostgres } from '#libs/database';
import { freePort } from '#libs/testing';
import { debianPostgres } from './debian-postgres.js';
import {
  embeddedServers,
  postmasterPidOf,
  query,
  quiet,
  repoRoot,
  waitUntil,
} from './embedded-server-helpers.js';

/** Debian's PostgreSQL programs: how the tests find them, and the embedded server run from them. */
describe("startEmbeddedPostgres with Debian's binaries (the binaries option)", () => {
  const servers = embeddedServers();
  afterAll(() => servers.cleanUp());

  const majorOf = async (url: string) => {
    const [{ version }] = await query<{ version: string }>(
      url,
      "SELECT current_setting('server_version_num') AS version",
    );
    return Math.floor(Number(version) / 10_000);
  };

  it('creates and runs the cluster with them, and its watchdog restarts it with them too', async () => {
    const debian = await debianPostgres();
    const dataDir = servers.tempDataDir();
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      log: quiet,
      binaries: debian,
    });
    try {
      expect(await majorOf(server.url)).toBe(debian.major);
      await query(
        server.url,
        "CREATE TABLE anteckningar (text text); INSERT INTO anteckningar VALUES ('Åsa, Örjan och Ärla')",
      );
      const postmaster = postmasterPidOf(dataDir);
      process.kill(postmaster, 'SIGKILL');

      await waitUntil(() => embeddedServerHealth()?.restarts === 1, 20_000);

      expect(postmasterPidOf(dataDir)).not.toBe(postmaster);
      expect(await majorOf(server.url)).toBe(debian.major);
      expect(await query(server.url, 'SELECT text FROM anteckningar')).toEqual([
        { text: 'Åsa, Örjan och Ärla' },
      ]);
    } finally {
      await server.stop();
    }
    expect(embeddedServerHealth()).toBeUndefined();
  });
});

describe("finding Debian's PostgreSQL programs", () => {
  let root: string;
  beforeEach(async () => {
    await mkdir(join(repoRoot, '.tmp'), { recursive: true });
    root = await mkdtemp(join(repoRoot, '.tmp', 'debian-postgres-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const program = async (major: string, name: string) => {
    await mkdir(join(root, major, 'bin'), { recursive: true });
    await writeFile(join(root, major, 'bin', name), '#!/bin/sh\n');
    await chmod(join(root, major, 'bin', name), 0o755);
  };

  it('fails naming the package to install when there are none', async () => {
    await expect(debianPostgres(join(root, 'missing'))).rejects.toThrow(/apt-get install postgresql-15/);
  });

  it('fails when a major version lacks pg_basebackup (a client-only or partial install)', async () => {
    for (const name of ['initdb', 'postgres', 'pg_ctl']) await program('15', name);
    await expect(debianPostgres(root)).rejects.toThrow(/found none complete \(looked in 15\).*postgresql-15/);
  });

  it('takes the newest complete major version', async () => {
    for (const name of ['initdb', 'postgres', 'pg_ctl', 'pg_basebackup']) await program('15', name);
    for (const name of ['initdb', 'postgres', 'pg_ctl', 'pg_basebackup']) await program('16', name);
    await program('17', 'postgres');
    expect(await debianPostgres(root)).toMatchObject({
      major: 16,
      pg_basebackup: join(root, '16', 'bin', 'pg_basebackup'),
    });
  });
});
