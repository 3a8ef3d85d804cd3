import { resolve } from 'node:path';
import { AppConfig } from './app-config.js';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message.split('\n').slice(1);
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('uses the defaults for an empty environment', () => {
    const config = loadConfig({});

    expect(config).toBeInstanceOf(AppConfig);
    expect({ ...config }).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: resolve('./data'),
      embeddedPgPort: 54329,
      workerInProcess: true,
      logLevel: 'info',
      replicaWaitMs: 2000,
      dbPoolSize: 10,
      projectionBatchSize: 500,
      projectionPollMs: 100,
      projectionGatherMs: 20,
      reminderSweepMs: 60000,
      calendarDomain: 'samverkan.localhost',
      smtpPort: 587,
      smtpTls: 'required',
      mailFrom: 'Samverkan <samverkan@samverkan.localhost>',
      mailRetryMaxMs: 600_000,
      mailPollMs: 2000,
      oidcAllowHttp: false,
      followUpExportMaxRows: 500_000,
      verificationMaxUploadBytes: 20 * 1024 * 1024,
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.smtpHost).toBeUndefined();
  });

  it('reads every setting from its variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://app:secret@db.internal:5432/samverkan',
      DATABASE_APP_URL: 'postgresql://samverkan_app:other@db.internal:5432/samverkan',
      DATABASE_APP_PASSWORD: 'correct-horse-battery',
      DATA_DIR: 'var/samverkan',
      EMBEDDED_PG_PORT: '6000',
      WORKER_IN_PROCESS: 'false',
      LOG_LEVEL: 'debug',
      DATABASE_READ_URL: 'postgresql://app:secret@db-replica.internal:5432/samverkan',
      REPLICA_WAIT_MS: '500',
      DB_POOL_SIZE: '20',
      PROJECTION_BATCH_SIZE: '1000',
      PROJECTION_GATHER_MS: '50',
      PROJECTION_POLL_MS: '250',
      REMINDER_SWEEP_MS: '300000',
      CALENDAR_DOMAIN: 'samverkan.exempelstad.se',
      METRICS_TOKEN: 'prometheus-token-0123456789',
      TRUST_PROXY: 'loopback, 10.0.0.0/8',
      SMTP_HOST: 'smtp.exempelstad.se',
      SMTP_PORT: '465',
      SMTP_TLS: 'implicit',
      SMTP_USER: 'samverkan',
      SMTP_PASSWORD: 'smtp-lösenord',
      MAIL_FROM: 'Samverkan Exempelstad <samverkan@exempelstad.se>',
      MAIL_RETRY_MAX_MS: '60000',
      MAIL_POLL_MS: '500',
      PUBLIC_BASE_URL: 'https://samverkan.exempelstad.se',
      OIDC_ALLOW_HTTP: 'true',
      FOLLOW_UP_EXPORT_MAX_ROWS: '100000',
      SEAL_P12_PATH: 'etc/seal.p12',
      SEAL_P12_PASSWORD: 'sigill',
      VERIFICATION_MAX_UPLOAD_BYTES: '1048576',
    });

    expect({ ...config }).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://app:secret@db.internal:5432/samverkan',
      databaseAppUrl: 'postgresql://samverkan_app:other@db.internal:5432/samverkan',
      databaseAppPassword: 'correct-horse-battery',
      dataDir: resolve('var/samverkan'),
      embeddedPgPort: 6000,
      workerInProcess: false,
      logLevel: 'debug',
      databaseReadUrl: 'postgresql://app:secret@db-replica.internal:5432/samverkan',
      replicaWaitMs: 500,
      dbPoolSize: 20,
      projectionBatchSize: 1000,
      projectionGatherMs: 50,
      projectionPollMs: 250,
      reminderSweepMs: 300000,
      calendarDomain: 'samverkan.exempelstad.se',
      metricsToken: 'prometheus-token-0123456789',
      trustProxy: 'loopback, 10.0.0.0/8',
      smtpHost: 'smtp.exempelstad.se',
      smtpPort: 465,
      smtpTls: 'implicit',
      smtpUser: 'samverkan',
      smtpPassword: 'smtp-lösenord',
      mailFrom: 'Samverkan Exempelstad <samverkan@exempelstad.se>',
      mailRetryMaxMs: 60_000,
      mailPollMs: 500,
      publicBaseUrl: 'https://samverkan.exempelstad.se',
      oidcAllowHttp: true,
      followUpExportMaxRows: 100_000,
      sealP12Path: resolve('etc/seal.p12'),
      sealP12Password: 'sigill',
      verificationMaxUploadBytes: 1_048_576,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });

  it('ignores variables that are not settings', () => {
    expect({ ...loadConfig({ PATH: '/usr/bin', HOME: '/root' }) }).not.toHaveProperty('PATH');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be an integer from 1 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be an integer from 1 to 65535 (got "70000")'],
    [{ PORT: '80.5' }, 'PORT must be an integer from 1 to 65535 (got "80.5")'],
    [{ HOST: '   ' }, 'HOST must be a host name or address (got "   ")'],
    [{ DATA_DIR: '  ' }, 'DATA_DIR must be a folder path (got "  ")'],
    [{ REPLICA_WAIT_MS: '-1' }, 'REPLICA_WAIT_MS must be an integer from 0 to 30000 (got "-1")'],
    [
      { DATABASE_READ_URL: 'http://replica/z' },
      'DATABASE_READ_URL must be a postgres:// or postgresql:// URL (got "http://replica/z")',
    ],
    [
      { DATABASE_URL: 'mysql://x@y/z' },
      'DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x@y/z")',
    ],
    [
      { DATABASE_URL: 'not a url' },
      'DATABASE_URL must be a postgres:// or postgresql:// URL (got "not a url")',
    ],
    [
      { DATABASE_APP_URL: 'http://db/x' },
      'DATABASE_APP_URL must be a postgres:// or postgresql:// URL (got "http://db/x")',
    ],
    [{ EMBEDDED_PG_PORT: '0' }, 'EMBEDDED_PG_PORT must be an integer from 1 to 65535 (got "0")'],
    [{ WORKER_IN_PROCESS: 'yes' }, 'WORKER_IN_PROCESS must be true or false (got "yes")'],
    [{ WORKER_IN_PROCESS: 'TRUE' }, 'WORKER_IN_PROCESS must be true or false (got "TRUE")'],
    [{ LOG_LEVEL: 'trace' }, 'LOG_LEVEL must be one of debug, info, warn, error (got "trace")'],
    [{ DB_POOL_SIZE: '0' }, 'DB_POOL_SIZE must be an integer from 1 to 100 (got "0")'],
    [{ DB_POOL_SIZE: '101' }, 'DB_POOL_SIZE must be an integer from 1 to 100 (got "101")'],
    [
      { PROJECTION_BATCH_SIZE: '10001' },
      'PROJECTION_BATCH_SIZE must be an integer from 1 to 10000 (got "10001")',
    ],
    [{ PROJECTION_POLL_MS: '5' }, 'PROJECTION_POLL_MS must be an integer from 10 to 60000 (got "5")'],
    [{ PROJECTION_POLL_MS: '60001' }, 'PROJECTION_POLL_MS must be an integer from 10 to 60000 (got "60001")'],
    [{ REMINDER_SWEEP_MS: '500' }, 'REMINDER_SWEEP_MS must be an integer from 1000 to 86400000 (got "500")'],
    [
      { CALENDAR_DOMAIN: 'Samverkan Exempelstad' },
      'CALENDAR_DOMAIN must be a lower-case host name such as samverkan.example.se (got "Samverkan Exempelstad")',
    ],
    [
      { TRUST_PROXY: 'true' },
      'TRUST_PROXY must be a number of proxies (1–9) or a comma-separated list of addresses, subnets or loopback (got "true")',
    ],
    [
      { METRICS_TOKEN: 'kort' },
      'METRICS_TOKEN must be at least 24 printable ASCII characters, no spaces (the value is not shown)',
    ],
  ])('rejects %j and names the setting', (env, expected) => {
    expect(problemsOf(env)).toEqual([expected]);
  });

  it('reports every bad setting at once, one per line', () => {
    const problems = problemsOf({
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      WORKER_IN_PROCESS: '1',
      DB_POOL_SIZE: '-3',
    });

    expect(problems).toEqual([
      'PORT must be an integer from 1 to 65535 (got "abc")',
      'WORKER_IN_PROCESS must be true or false (got "1")',
      'LOG_LEVEL must be one of debug, info, warn, error (got "loud")',
      'DB_POOL_SIZE must be an integer from 1 to 100 (got "-3")',
    ]);
  });

  it('names what is wrong with the e-mail settings, never repeating the SMTP password', () => {
    expect(
      problemsOf({
        SMTP_HOST: 'smtp://mail.exempelstad.se',
        SMTP_TLS: 'yes',
        MAIL_FROM: 'samverkan',
        PUBLIC_BASE_URL: 'samverkan.exempelstad.se',
      }),
    ).toEqual([
      'SMTP_HOST must be a host name or address, without a scheme or port (got "smtp://mail.exempelstad.se")',
      'SMTP_TLS must be one of implicit, required, opportunistic, off (got "yes")',
      'MAIL_FROM must be an address such as samverkan@kommun.se or "Samverkan <samverkan@kommun.se>" (got "samverkan")',
      'PUBLIC_BASE_URL must be an http:// or https:// URL (got "samverkan.exempelstad.se")',
    ]);
  });

  it('keeps a password in a bad DATABASE_URL out of the message', () => {
    expect(problemsOf({ DATABASE_URL: 'mysql://app:hunter2@db/x' })).toEqual([
      'DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://app:***@db/x")',
    ]);
  });

  it.each(['short', 'has a space in it', 'ünicode-password'])(
    'never quotes DATABASE_APP_PASSWORD, even a bad one (%j)',
    (password) => {
      expect(problemsOf({ DATABASE_APP_PASSWORD: password })).toEqual([
        'DATABASE_APP_PASSWORD must be at least 12 printable ASCII characters, no spaces (the value is not shown)',
      ]);
    },
  );

  it('exposes the problems as a list too', () => {
    expect(() => loadConfig({ PORT: 'x', HOST: 'a b' })).toThrow(
      expect.objectContaining({
        problems: [expect.stringMatching(/^PORT /), expect.stringMatching(/^HOST /)],
      }),
    );
  });
});
