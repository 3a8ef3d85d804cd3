import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { debianPostgres } from './debian-postgres.js';
import { postmasterPidOf, query } from './embedded-server-helpers.js';
import { describeReadReplica } from './read-replica-scenario.js';
import { adminUrl, baseBackupWith, startReplicaPair } from './replica-pair.js';

/**
 * The read-replica scenario (read-replica-scenario.ts) on a pair made the way an operator makes
 * one: a primary run from Debian's PostgreSQL (/usr/lib/postgresql/<major>/bin, package
 * postgresql-15 on Debian 12) and a standby made only by `pg_basebackup -R -X stream` from it
 * while it runs. The npm package the e2e test uses has no pg_basebackup. Without Debian's
 * programs every test of the scenario fails, saying which package to install.
 */
describeReadReplica(
  "reading from a streaming replica (DATABASE_READ_URL), standby made by Debian's pg_basebackup",
  async () => startReplicaPair(baseBackupWith(await debianPostgres())),
  (pair) => {
    it("runs both servers from Debian's programs (not the npm package's PostgreSQL 17), never as root", async () => {
      const { major } = await debianPostgres();
      const servers = [
        { url: pair().primary.url, dir: pair().primaryDir },
        { url: pair().standby.url, dir: pair().standbyDir },
      ];
      for (const { url, dir } of servers) {
        const [{ version }] = await query<{ version: string }>(
          adminUrl(url),
          "SELECT current_setting('server_version_num') AS version",
        );
        expect(Math.floor(Number(version) / 10_000)).toBe(major);
        const status = await readFile(`/proc/${postmasterPidOf(dir)}/status`, 'utf8');
        const [, realUid] = /^Uid:\s+(\d+)/m.exec(status)!;
        expect(Number(realUid)).not.toBe(0);
      }
    });

    it('has a standby that pg_basebackup made: its backup label, standby.signal and primary_conninfo', async () => {
      const cluster = join(pair().standbyDir, 'pg');
      // Recovery renames backup_label once it has read it.
      const label = await readFile(join(cluster, 'backup_label.old'), 'utf8');
      expect(label).toContain('LABEL: pg_basebackup base backup');
      expect(label).toContain('BACKUP METHOD: streamed');
      expect(label).toContain('BACKUP FROM: primary');
      await expect(readFile(join(cluster, 'standby.signal'), 'utf8')).resolves.toBe('');
      // Written by -R, password included, so the standby logs in to stream with no file of ours.
      const autoConf = await readFile(join(cluster, 'postgresql.auto.conf'), 'utf8');
      expect(autoConf).toMatch(/^primary_conninfo = '.*user=postgres.*password=.*'$/m);
      const [{ conninfo }] = await query<{ conninfo: string }>(
        adminUrl(pair().standby.url),
        "SELECT current_setting('primary_conninfo') AS conninfo",
      );
      expect(conninfo).toContain(`port=${new URL(pair().primary.url).port}`);
    });
  },
);
