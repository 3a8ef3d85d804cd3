import { ConfigError } from '#libs/config';
import {
  CommandLineError,
  createAdminFromCommandLine,
  ensureFirstAdmin,
  type FirstAdminSettings,
  readIdentityEnvironment,
} from '#libs/identity';
import {
  FakeClock,
  hasher,
  identityServices,
  identityTestDatabase,
  type IdentityTestDatabase,
  PASSWORD,
} from './identity-fixture.js';
import { startIdentityApp } from './identity-http-app.js';

let database: IdentityTestDatabase;
let services: ReturnType<typeof identityServices>;
let dependencies: Parameters<typeof ensureFirstAdmin>[0];

beforeAll(async () => {
  database = await identityTestDatabase();
});
afterAll(() => database?.close());
beforeEach(async () => {
  await database.dataSource.query('TRUNCATE identity_accounts CASCADE');
  const clock = new FakeClock();
  services = identityServices(database.dataSource, clock);
  dependencies = { dataSource: database.dataSource, hasher, clock };
});

const settings: FirstAdminSettings = {
  tenantId: 'default',
  email: 'it@kommun.se',
  password: PASSWORD,
  displayName: 'Administratör',
};
const canLogIn = (email: string, password: string, tenantId = 'default') =>
  services.sessions.login({ tenantId, email, password }).then(
    () => true,
    () => false,
  );

describe('ensureFirstAdmin', () => {
  it('does nothing when not configured', async () => {
    expect(await ensureFirstAdmin(dependencies, undefined)).toEqual({ outcome: 'not-configured' });
    expect(await services.accounts.list('default')).toEqual([]);
  });

  it('creates the admin once; a second boot, even with another password, changes nothing', async () => {
    const first = await ensureFirstAdmin(dependencies, settings);
    const second = await ensureFirstAdmin(dependencies, { ...settings, password: 'ett helt annat lösenord' });

    expect(first).toMatchObject({ outcome: 'created', account: { email: 'it@kommun.se', roles: ['admin'] } });
    expect(second).toEqual({ outcome: 'admin-exists' });
    expect(await services.accounts.list('default')).toHaveLength(1);
    expect(await canLogIn('it@kommun.se', PASSWORD)).toBe(true);
    expect(await canLogIn('it@kommun.se', 'ett helt annat lösenord')).toBe(false);
  });

  it('creates exactly one admin when several processes boot at once', async () => {
    const outcomes = await Promise.all([1, 2, 3].map(() => ensureFirstAdmin(dependencies, settings)));

    expect(outcomes.map((result) => result.outcome).sort()).toEqual([
      'admin-exists',
      'admin-exists',
      'created',
    ]);
    expect(await services.accounts.list('default')).toHaveLength(1);
  });

  it('leaves an existing account with that e-mail alone, password included', async () => {
    await services.accounts.create({ ...settings, password: 'mitt eget lösenord' });

    const result = await ensureFirstAdmin(dependencies, settings);

    expect(result).toMatchObject({ outcome: 'email-taken', account: { roles: [] } });
    expect(await canLogIn('it@kommun.se', 'mitt eget lösenord')).toBe(true);
    expect(await canLogIn('it@kommun.se', PASSWORD)).toBe(false);
  });

  it('counts only the configured tenant: another organisation’s admin does not stop it', async () => {
    await services.accounts.create({ ...settings, tenantId: 'ljungby', roles: ['admin'] });

    expect((await ensureFirstAdmin(dependencies, settings)).outcome).toBe('created');
  });
});

describe('the first admin at boot', () => {
  it('is created when the app starts, and a restart leaves it alone', async () => {
    for (const password of [PASSWORD, 'ett annat lösenord vid omstart']) {
      const app = await startIdentityApp(database.dataSource, new FakeClock(), {
        firstAdmin: { ...settings, password },
      });
      await app.close();
    }

    expect(await services.accounts.list('default')).toMatchObject([
      { email: 'it@kommun.se', roles: ['admin'] },
    ]);
    expect(await canLogIn('it@kommun.se', PASSWORD)).toBe(true);
  });
});

describe('readIdentityEnvironment', () => {
  it('reads the first admin, with the default organisation and name', () => {
    expect(readIdentityEnvironment({ ADMIN_EMAIL: 'it@kommun.se', ADMIN_PASSWORD: PASSWORD })).toEqual({
      secureCookie: false,
      firstAdmin: {
        tenantId: 'default',
        email: 'it@kommun.se',
        password: PASSWORD,
        displayName: 'Administratör',
      },
    });
    expect(
      readIdentityEnvironment({
        ADMIN_EMAIL: 'it@kommun.se',
        ADMIN_PASSWORD: PASSWORD,
        ADMIN_TENANT: 'vaxjo',
        ADMIN_NAME: 'IT-enheten',
        SESSION_COOKIE_SECURE: 'true',
      }),
    ).toEqual({
      secureCookie: true,
      firstAdmin: { tenantId: 'vaxjo', email: 'it@kommun.se', password: PASSWORD, displayName: 'IT-enheten' },
    });
    expect(readIdentityEnvironment({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '' })).toEqual({ secureCookie: false });
  });

  it('fails at boot on half a setting or a short password, without printing the password', () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        readIdentityEnvironment(env);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems;
      }
    };

    expect(problems({ ADMIN_EMAIL: 'it@kommun.se' })).toEqual([
      'ADMIN_PASSWORD must be set with ADMIN_EMAIL',
    ]);
    expect(problems({ ADMIN_EMAIL: 'it@kommun.se', ADMIN_PASSWORD: 'hemligt' })).toEqual([
      'ADMIN_PASSWORD must be at least 12 characters',
    ]);
    expect(problems({ SESSION_COOKIE_SECURE: 'yes' })).toEqual([
      'SESSION_COOKIE_SECURE must be true or false (got "yes")',
    ]);
  });
});

describe('createAdminFromCommandLine', () => {
  const run = (argv: string[], env: NodeJS.ProcessEnv = { ADMIN_PASSWORD: PASSWORD }, stdin = '') =>
    createAdminFromCommandLine(argv, { ...dependencies, env, readStdin: async () => stdin });

  it('creates an admin with the password from ADMIN_PASSWORD', async () => {
    const message = await run(['--email', 'it@kommun.se', '--name', 'IT-enheten', '--tenant', 'vaxjo']);

    expect(message).toMatch(/^created admin account it@kommun\.se \(.+\) in organisation vaxjo$/);
    expect(await services.accounts.list('vaxjo')).toMatchObject([
      { displayName: 'IT-enheten', roles: ['admin'] },
    ]);
    expect(await canLogIn('it@kommun.se', PASSWORD, 'vaxjo')).toBe(true);
  });

  it('reads the password from standard input with --password-stdin', async () => {
    await run(['--email', 'it@kommun.se', '--password-stdin'], {}, `${PASSWORD}\n`);

    expect(await canLogIn('it@kommun.se', PASSWORD)).toBe(true);
  });

  it('gives an existing account the admin role without touching its password, and is idempotent', async () => {
    await services.accounts.create({ ...settings, password: 'mitt eget lösenord', roles: ['hr'] });

    expect(await run(['--email', 'IT@kommun.se'])).toMatch(
      /gave the admin role .*; its password is unchanged$/,
    );
    expect(await run(['--email', 'it@kommun.se'])).toMatch(/is already an admin; nothing changed$/);
    expect((await services.accounts.findByEmail('default', 'it@kommun.se'))?.roles).toEqual(['admin', 'hr']);
    expect(await canLogIn('it@kommun.se', 'mitt eget lösenord')).toBe(true);
  });

  it('explains wrong arguments with the usage, and never takes a password from the command line', async () => {
    await expect(run([])).rejects.toThrow(CommandLineError);
    await expect(run(['--email', 'it@kommun.se', '--password', PASSWORD])).rejects.toThrow(
      /usage: create-admin/,
    );
    await expect(run(['--email', 'it@kommun.se'], {})).rejects.toThrow(/no password/);
    await expect(run(['--email', 'it@kommun.se'], { ADMIN_PASSWORD: 'kort' })).rejects.toThrow(/at least 12/);
    expect(await services.accounts.list('default')).toEqual([]);
  });
});
