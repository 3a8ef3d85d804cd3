import { createHash } from 'node:crypto';
import { type Account, AccountNotFoundError, ApiTokenNotFoundError } from '#libs/identity';
import {
  identityServices,
  identityTestDatabase,
  type IdentityTestDatabase,
  MINUTE,
  PASSWORD,
} from './identity-fixture.js';

let database: IdentityTestDatabase;
let services: ReturnType<typeof identityServices>;
let account: Account;

beforeAll(async () => {
  database = await identityTestDatabase();
});
afterAll(() => database?.close());
beforeEach(async () => {
  await database.dataSource.query('TRUNCATE identity_accounts CASCADE');
  services = identityServices(database.dataSource);
  await services.accounts.create({
    tenantId: 'vaxjo',
    email: 'admin@vaxjo.se',
    displayName: 'Admin',
    password: PASSWORD,
    roles: ['admin'],
  });
  account = await services.accounts.create({
    tenantId: 'vaxjo',
    email: 'diariet@vaxjo.se',
    displayName: 'Diariet',
    password: PASSWORD,
    roles: ['hr'],
  });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('issuing an API token', () => {
  it('returns a named svk_ token once and stores only its sha256', async () => {
    const issued = await services.apiTokens.issue('vaxjo', account.id, '  Export till diariet ');

    expect(issued).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Export till diariet',
      token: expect.stringMatching(/^svk_[A-Za-z0-9_-]{43}$/),
      createdAt: services.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    });
    const rows: { token_hash: string }[] = await database.dataSource.query(
      'SELECT * FROM identity_api_tokens',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(sha256(issued.token));
    expect(JSON.stringify(rows)).not.toContain(issued.token.slice(4));
    expect(await services.apiTokens.list('vaxjo', account.id)).toEqual([
      { id: issued.id, name: issued.name, createdAt: issued.createdAt, lastUsedAt: null, revokedAt: null },
    ]);
  });

  it('refuses an account of another organisation, or a disabled one', async () => {
    await expect(services.apiTokens.issue('ljungby', account.id, 'x')).rejects.toThrow(AccountNotFoundError);
    await services.accounts.disable('vaxjo', account.id);
    await expect(services.apiTokens.issue('vaxjo', account.id, 'x')).rejects.toThrow(
      'the account is disabled',
    );
  });
});

describe('resolving an API token', () => {
  it('resolves to the account’s principal, marked as coming from a token', async () => {
    const { token } = await services.apiTokens.issue('vaxjo', account.id, 'export');

    expect(await services.apiTokens.resolve(token)).toEqual({
      accountId: account.id,
      tenantId: 'vaxjo',
      displayName: 'Diariet',
      email: 'diariet@vaxjo.se',
      roles: ['hr'],
      units: [],
      via: 'token',
    });
  });

  it('resolves nothing for a forged token, the hash itself, or a session-shaped token', async () => {
    const { token } = await services.apiTokens.issue('vaxjo', account.id, 'export');

    expect(await services.apiTokens.resolve(`svk_${'A'.repeat(43)}`)).toBeUndefined();
    expect(await services.apiTokens.resolve(sha256(token))).toBeUndefined();
    expect(await services.apiTokens.resolve(token.slice(4))).toBeUndefined();
  });

  it('records when a token was last used, at most once a minute', async () => {
    const { token, id } = await services.apiTokens.issue('vaxjo', account.id, 'export');
    const firstUse = services.clock.now();

    await services.apiTokens.resolve(token);
    services.clock.advance(MINUTE / 2);
    await services.apiTokens.resolve(token);
    expect((await services.apiTokens.list('vaxjo', account.id)).find((t) => t.id === id)?.lastUsedAt).toEqual(
      firstUse,
    );

    services.clock.advance(MINUTE / 2);
    await services.apiTokens.resolve(token);
    expect((await services.apiTokens.list('vaxjo', account.id))[0].lastUsedAt).toEqual(services.clock.now());
  });

  it('stops resolving when the account is disabled', async () => {
    const { token } = await services.apiTokens.issue('vaxjo', account.id, 'export');

    await services.accounts.disable('vaxjo', account.id);

    expect(await services.apiTokens.resolve(token)).toBeUndefined();
  });
});

describe('revoking an API token', () => {
  it('stops the token at once, keeps the account’s other tokens, and is harmless twice', async () => {
    const revoked = await services.apiTokens.issue('vaxjo', account.id, 'old export');
    const kept = await services.apiTokens.issue('vaxjo', account.id, 'new export');
    const revokedAt = services.clock.now();

    await services.apiTokens.revoke('vaxjo', account.id, revoked.id);
    services.clock.advance(MINUTE);
    const again = await services.apiTokens.revoke('vaxjo', account.id, revoked.id);

    expect(again.revokedAt).toEqual(revokedAt);
    expect(await services.apiTokens.resolve(revoked.token)).toBeUndefined();
    expect(await services.apiTokens.resolve(kept.token)).toBeDefined();
  });

  it('cannot revoke a token through another account or another organisation', async () => {
    const { id } = await services.apiTokens.issue('vaxjo', account.id, 'export');
    const other = await services.accounts.create({
      tenantId: 'vaxjo',
      email: 'bertil@vaxjo.se',
      displayName: 'Bertil',
      password: PASSWORD,
    });

    await expect(services.apiTokens.revoke('vaxjo', other.id, id)).rejects.toThrow(ApiTokenNotFoundError);
    await expect(services.apiTokens.revoke('ljungby', account.id, id)).rejects.toThrow(ApiTokenNotFoundError);
    await expect(services.apiTokens.revoke('vaxjo', account.id, 'not-a-uuid')).rejects.toThrow(
      ApiTokenNotFoundError,
    );
    expect((await services.apiTokens.list('vaxjo', account.id))[0].revokedAt).toBeNull();
  });
});

describe('listing an account’s API tokens', () => {
  it('lists them newest first, and an account without tokens as an empty list', async () => {
    expect(await services.apiTokens.list('vaxjo', account.id)).toEqual([]);
    const first = await services.apiTokens.issue('vaxjo', account.id, 'export');
    services.clock.advance(MINUTE);
    const second = await services.apiTokens.issue('vaxjo', account.id, 'kalender');
    expect((await services.apiTokens.list('vaxjo', account.id)).map(({ id }) => id)).toEqual([
      second.id,
      first.id,
    ]);
  });

  it('refuses an account of another organisation, or none at all, rather than answering []', async () => {
    await services.apiTokens.issue('vaxjo', account.id, 'export');
    await expect(services.apiTokens.list('ljungby', account.id)).rejects.toThrow(AccountNotFoundError);
    await expect(services.apiTokens.list('vaxjo', '00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      AccountNotFoundError,
    );
    await expect(services.apiTokens.list('vaxjo', 'not-a-uuid')).rejects.toThrow(AccountNotFoundError);
  });
});
