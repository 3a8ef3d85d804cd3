import { access, constants, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PostgresBinaries } from '#libs/database';

/** Where Debian's postgresql-<major> packages put a major version's server programs. */
export const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';

/** A PostgreSQL installation from Debian's packages: its server programs and pg_basebackup. */
export interface DebianPostgres extends PostgresBinaries {
  major: number;
  pg_basebackup: string;
}

const PROGRAMS = ['initdb', 'postgres', 'pg_ctl', 'pg_basebackup'] as const;

/**
 * The newest major version under /usr/lib/postgresql with every program the pg_basebackup test
 * runs. None is a failure that says what to install, never a reason to skip.
 */
export async function debianPostgres(root = DEBIAN_POSTGRES_ROOT): Promise<DebianPostgres> {
  const majors = (await readdir(root).catch(() => []))
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .sort((a, b) => b - a);
  for (const major of majors) {
    const bin = join(root, String(major), 'bin');
    const paths = PROGRAMS.map((program) => join(bin, program));
    if ((await Promise.all(paths.map(isExecutable))).every(Boolean)) {
      const [initdb, postgres, pg_ctl, pg_basebackup] = paths;
      return { major, initdb, postgres, pg_ctl, pg_basebackup };
    }
  }
  throw new Error(
    `This test makes a standby with pg_basebackup and needs Debian's PostgreSQL server programs ` +
      `(${PROGRAMS.join(', ')}) in ${root}/<major>/bin, and found none` +
      (majors.length ? ` complete (looked in ${majors.join(', ')})` : '') +
      `. Install them: apt-get install postgresql-15 (Debian 12; it brings postgresql-client-15, ` +
      `which has pg_basebackup), or the package postgresql for Debian's current major.`,
  );
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}
