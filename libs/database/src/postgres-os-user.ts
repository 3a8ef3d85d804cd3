import { execFile } from 'node:child_process';
import { chown, stat } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The OS account initdb and postgres run as; undefined means "as ourselves". */
export interface OsUser {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. When we are root, run it as the OS user `postgres`,
 * creating that user when missing (fresh containers and CI images have none).
 */
export async function postgresOsUser(): Promise<OsUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const found = await lookUpUser('postgres');
  if (found) return found;
  try {
    await run('useradd', ['--system', '--user-group', 'postgres']);
  } catch (error) {
    throw new Error(
      `Running as root, the embedded PostgreSQL needs an OS user "postgres" and creating it failed ` +
        `(${(error as Error).message.trim()}). Create it yourself, run as a non-root user, or set DATABASE_URL.`,
      { cause: error },
    );
  }
  const created = await lookUpUser('postgres');
  if (!created) throw new Error('useradd reported success but `id postgres` still finds no user');
  return created;
}

async function lookUpUser(name: string): Promise<OsUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

/** Hands a path to the user (a folder with `recursive`, its contents too); skipped when it owns it already. */
export async function giveTo(
  user: OsUser | undefined,
  path: string,
  { recursive = false } = {},
): Promise<void> {
  if (!user) return;
  const current = await stat(path);
  if (current.uid === user.uid && current.gid === user.gid) return;
  if (recursive) await run('chown', ['-R', `${user.uid}:${user.gid}`, path]);
  else await chown(path, user.uid, user.gid);
}

/**
 * Fails early, with a way out, when the postgres user cannot run the binaries or reach the
 * cluster folder: typically the checkout lives under /root (mode 700). Otherwise initdb or
 * postgres dies with a bare "Permission denied".
 */
export async function assertUserCanReach(
  user: OsUser | undefined,
  binary: string,
  dir: string,
): Promise<void> {
  if (!user) return;
  try {
    await run('/bin/sh', ['-c', 'test -x "$0" && test -x "$1" && test -w "$1"', binary, dir], {
      uid: user.uid,
      gid: user.gid,
    });
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL runs as the OS user "postgres" (uid ${user.uid}) because we run as root, ` +
        `but that user cannot run ${binary} or write ${dir}: a parent folder is probably not searchable ` +
        `by others (as /root is). Put the service and DATA_DIR in a folder others can enter, ` +
        `run as a non-root user, or set DATABASE_URL.`,
      { cause: error },
    );
  }
}
