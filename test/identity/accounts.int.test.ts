import {
  AccountNotFoundError,
  EmailTakenError,
  InvalidAccountInputError,
  LastAdminError,
  PasswordPolicyError,
} from '#libs/identity';
import {
  identityServices,
  identityTestDatabase,
  type IdentityTestDatabase,
  PASSWORD,
} from './identity-fixture.js';

let database: IdentityTestDatabase;
let services: ReturnType<typeof identityServices>;

beforeAll(async () => {
  database = await identityTestDatabase();
});
afterAll(() => database?.close());
beforeEach(async () => {
  await database.dataSource.query('TRUNCATE identity_accounts CASCADE');
  services = identityServices(database.dataSource);
});

const anna = {
  tenantId: 'vaxjo',
  email: 'Anna.Andersson@vaxjo.se',
  displayName: 'Anna Andersson',
  password: PASSWORD,
};

describe('creating accounts', () => {
  it('creates an account that can be found by id and by e-mail in any case', async () => {
    const created = await services.accounts.create({ ...anna, roles: ['hr'] });

    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      tenantId: 'vaxjo',
      email: 'Anna.Andersson@vaxjo.se',
      displayName: 'Anna Andersson',
      roles: ['hr'],
      units: [],
      createdAt: services.clock.now(),
      disabledAt: null,
    });
    expect(await services.accounts.find('vaxjo', created.id)).toEqual(created);
    expect(await services.accounts.findByEmail('vaxjo', 'anna.andersson@VAXJO.se')).toEqual(created);
    expect(created).not.toHaveProperty('passwordHash');
  });

  it('stores a scrypt hash and never the password', async () => {
    await services.accounts.create(anna);

    const rows: Record<string, unknown>[] = await database.dataSource.query(
      'SELECT * FROM identity_accounts',
    );
    expect(rows).toHaveLength(1);
    expect(String(rows[0].password_hash)).toMatch(/^scrypt\$N=32768,r=8,p=1\$/);
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
  });

  it('refuses a second account with the same e-mail in the same organisation, whatever the case', async () => {
    await services.accounts.create(anna);

    await expect(services.accounts.create({ ...anna, email: 'ANNA.andersson@vaxjo.se' })).rejects.toThrow(
      EmailTakenError,
    );
  });

  it('gives the same e-mail in two organisations two separate accounts', async () => {
    const inVaxjo = await services.accounts.create(anna);
    const inLjungby = await services.accounts.create({
      ...anna,
      tenantId: 'ljungby',
      password: `${PASSWORD}!`,
    });

    expect(inLjungby.id).not.toBe(inVaxjo.id);
    expect((await services.accounts.findByEmail('ljungby', anna.email))?.id).toBe(inLjungby.id);
    expect((await services.accounts.findByEmail('vaxjo', anna.email))?.id).toBe(inVaxjo.id);
  });

  it('refuses a short password, an e-mail without @ and an empty name', async () => {
    await expect(services.accounts.create({ ...anna, password: 'för kort' })).rejects.toThrow(
      PasswordPolicyError,
    );
    await expect(services.accounts.create({ ...anna, email: 'anna' })).rejects.toThrow(
      InvalidAccountInputError,
    );
    await expect(services.accounts.create({ ...anna, displayName: '  ' })).rejects.toThrow(
      InvalidAccountInputError,
    );
    expect(await services.accounts.list('vaxjo')).toEqual([]);
  });

  it('keeps roles in a canonical order without duplicates', async () => {
    const created = await services.accounts.create({ ...anna, roles: ['hr', 'admin', 'hr'] });

    expect(created.roles).toEqual(['admin', 'hr']);
  });
});

describe('accounts are scoped to their organisation', () => {
  it('lists only the organisation’s own accounts, sorted by e-mail', async () => {
    await services.accounts.create({ ...anna, email: 'bertil@vaxjo.se' });
    await services.accounts.create(anna);
    await services.accounts.create({ ...anna, tenantId: 'ljungby' });

    expect((await services.accounts.list('vaxjo')).map((account) => account.email)).toEqual([
      'Anna.Andersson@vaxjo.se',
      'bertil@vaxjo.se',
    ]);
  });

  it('does not find, change or disable another organisation’s account by its id', async () => {
    const other = await services.accounts.create({ ...anna, tenantId: 'ljungby' });

    expect(await services.accounts.find('vaxjo', other.id)).toBeUndefined();
    await expect(services.accounts.get('vaxjo', other.id)).rejects.toThrow(AccountNotFoundError);
    await expect(services.accounts.setRoles('vaxjo', other.id, ['admin'])).rejects.toThrow(
      AccountNotFoundError,
    );
    await expect(services.accounts.disable('vaxjo', other.id)).rejects.toThrow(AccountNotFoundError);
    expect(await services.accounts.find('ljungby', other.id)).toEqual(other);
  });

  it('treats an id that is not a uuid as not found', async () => {
    expect(await services.accounts.find('vaxjo', 'not-a-uuid')).toBeUndefined();
  });
});

describe('roles and disabling', () => {
  it('sets and clears organisation roles', async () => {
    await services.accounts.create({ ...anna, email: 'admin@vaxjo.se', roles: ['admin'] });
    const account = await services.accounts.create(anna);

    expect((await services.accounts.setRoles('vaxjo', account.id, ['hr'])).roles).toEqual(['hr']);
    expect((await services.accounts.setRoles('vaxjo', account.id, ['admin', 'hr'])).roles).toEqual([
      'admin',
      'hr',
    ]);
    expect((await services.accounts.setRoles('vaxjo', account.id, [])).roles).toEqual([]);
  });

  it('refuses to take the admin role from, or to disable, the last active admin', async () => {
    const admin = await services.accounts.create({ ...anna, roles: ['admin'] });

    await expect(services.accounts.setRoles('vaxjo', admin.id, ['hr'])).rejects.toThrow(LastAdminError);
    await expect(services.accounts.disable('vaxjo', admin.id)).rejects.toThrow(LastAdminError);

    const second = await services.accounts.create({ ...anna, email: 'bertil@vaxjo.se', roles: ['admin'] });
    expect((await services.accounts.setRoles('vaxjo', admin.id, ['hr'])).roles).toEqual(['hr']);
    await expect(services.accounts.disable('vaxjo', second.id)).rejects.toThrow(LastAdminError);
  });

  it('lets only one of two admins demoting each other at the same time succeed', async () => {
    const first = await services.accounts.create({ ...anna, roles: ['admin'] });
    const second = await services.accounts.create({ ...anna, email: 'bertil@vaxjo.se', roles: ['admin'] });

    const results = await Promise.allSettled([
      services.accounts.setRoles('vaxjo', first.id, []),
      services.accounts.setRoles('vaxjo', second.id, []),
    ]);

    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const admins = (await services.accounts.list('vaxjo')).filter((account) =>
      account.roles.includes('admin'),
    );
    expect(admins).toHaveLength(1);
  });

  it('disables an account once, ends its sessions, and keeps the first time on a second call', async () => {
    await services.accounts.create({ ...anna, email: 'admin@vaxjo.se', roles: ['admin'] });
    const account = await services.accounts.create(anna);
    const { token } = await services.sessions.login({
      tenantId: 'vaxjo',
      email: anna.email,
      password: PASSWORD,
    });

    const disabledAt = services.clock.now();
    const disabled = await services.accounts.disable('vaxjo', account.id);
    services.clock.advance(1000);
    const again = await services.accounts.disable('vaxjo', account.id);

    expect(disabled.disabledAt).toEqual(disabledAt);
    expect(again.disabledAt).toEqual(disabledAt);
    expect(await services.sessions.resolve(token)).toBeUndefined();
    expect(await database.dataSource.query('SELECT * FROM identity_sessions')).toEqual([]);
  });
});

describe('the units an account is an employee of', () => {
  it('are set, replaced and cleared, each once, and come with the account and its sign-in', async () => {
    const account = await services.accounts.create(anna);
    const set = await services.accounts.setUnits('vaxjo', account.id, [
      'u-hemtjanst',
      'u-skola',
      'u-hemtjanst',
    ]);
    expect(set.units).toEqual(['u-hemtjanst', 'u-skola']);
    expect((await services.accounts.get('vaxjo', account.id)).units).toEqual(['u-hemtjanst', 'u-skola']);
    const session = await services.sessions.login({
      tenantId: 'vaxjo',
      email: anna.email,
      password: PASSWORD,
    });
    expect(session.principal.units).toEqual(['u-hemtjanst', 'u-skola']);
    expect((await services.accounts.setUnits('vaxjo', account.id, [])).units).toEqual([]);
  });

  it("does not set another organisation's account", async () => {
    const account = await services.accounts.create(anna);
    await expect(services.accounts.setUnits('ljungby', account.id, ['u-x'])).rejects.toBeInstanceOf(
      AccountNotFoundError,
    );
  });
});
