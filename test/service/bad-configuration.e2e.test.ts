import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '#libs/testing';
import { tempDataDir } from './service-data.js';
import { serviceTestHooks, startService, waitForExit } from './service-process.js';

serviceTestHooks();

describe('a service started with bad settings', () => {
  it('exits 1 within seconds, names every bad setting on stderr, and starts no PostgreSQL', async () => {
    const dataDir = join(tempDataDir(), 'data'); // not there yet: nothing may create it
    const service = startService('api', {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: 'abc',
      LOG_LEVEL: 'loud',
    });

    expect(await waitForExit(service, 10_000)).toEqual({ code: 1, signal: null });
    const problems = service.stderr().trimEnd().split('\n');
    expect(problems).toEqual(
      expect.arrayContaining([
        'PORT must be an integer from 1 to 65535 (got "abc")',
        'LOG_LEVEL must be one of debug, info, warn, error (got "loud")',
      ]),
    );
    expect(problems[0]).toBe('Invalid configuration:');
    expect(service.stdout()).toBe('');
    expect(existsSync(join(dataDir, 'pg'))).toBe(false);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses a DATABASE_URL that is not a postgres URL without printing its password', async () => {
    const service = startService('worker', { DATABASE_URL: 'mysql://app:s3cret@db.internal/x' });

    expect(await waitForExit(service, 10_000)).toEqual({ code: 1, signal: null });
    expect(service.stderr()).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(service.stderr()).not.toContain('s3cret');
  });
});
