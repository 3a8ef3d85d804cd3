/**
 * The tables behind sign-in with an identity provider, on a real PostgreSQL: an attempt is used
 * once and not after its ten minutes; the provider settings per organisation, their secret kept
 * when a change leaves it out, and removal idempotent.
 */
import { IdentityProviderService, OIDC_ATTEMPT_TTL_MS } from '#libs/identity';
import { insertAttempt, takeAttempt } from '../../libs/identity/src/oidc/oidc-attempt.store.js';
import { FakeClock, identityTestDatabase, type IdentityTestDatabase, MINUTE } from './identity-fixture.js';

let database: IdentityTestDatabase;

beforeAll(async () => {
  database = await identityTestDatabase();
});
afterAll(() => database?.close());

const attemptAt = (id: string, now: Date) => ({
  id: id.repeat(64),
  tenantId: 'vaxjo',
  state: `state-${id}`,
  nonce: `nonce-${id}`,
  codeVerifier: `verifier-${id}`,
  nextPath: '/grupper',
  expiresAt: new Date(now.getTime() + OIDC_ATTEMPT_TTL_MS),
});

describe('sign-in attempts at the provider', () => {
  const now = new Date('2019-02-25T08:00:00Z');

  it('are taken once, within their ten minutes', async () => {
    const attempt = attemptAt('a', now);
    await insertAttempt(database.dataSource, attempt, now);
    expect(await takeAttempt(database.dataSource, attempt.id, new Date(now.getTime() + 9 * MINUTE))).toEqual(
      attempt,
    );
    expect(
      await takeAttempt(database.dataSource, attempt.id, new Date(now.getTime() + 9 * MINUTE)),
    ).toBeUndefined();
  });

  it('are void after their ten minutes, and gone', async () => {
    const attempt = attemptAt('b', now);
    await insertAttempt(database.dataSource, attempt, now);
    expect(
      await takeAttempt(database.dataSource, attempt.id, new Date(now.getTime() + 10 * MINUTE)),
    ).toBeUndefined();
    const left = await database.dataSource.query('SELECT id FROM identity_oidc_attempts WHERE id = $1', [
      attempt.id,
    ]);
    expect(left).toEqual([]);
  });

  it('clear the expired ones whenever a new one starts', async () => {
    await insertAttempt(database.dataSource, attemptAt('c', now), now);
    const later = new Date(now.getTime() + 11 * MINUTE);
    await insertAttempt(database.dataSource, attemptAt('d', later), later);
    const ids = await database.dataSource.query('SELECT id FROM identity_oidc_attempts ORDER BY id');
    expect(ids).toEqual([{ id: 'd'.repeat(64) }]);
  });
});

describe("an organisation's identity provider settings", () => {
  const clock = new FakeClock('2019-02-25T08:00:00Z');
  const settings = () => new IdentityProviderService(database.dataSource, clock, { oidcAllowHttp: false });
  const input = {
    issuer: 'https://login.vaxjo.se',
    clientId: 'samverkan',
    clientSecret: 'hemligt',
    displayName: 'Växjös inloggning',
  };
  const secretOf = async (tenantId: string) =>
    (
      await database.dataSource.query(
        'SELECT client_secret FROM identity_oidc_providers WHERE tenant_id = $1',
        [tenantId],
      )
    )[0]?.client_secret as string | undefined;

  it('are kept per organisation, never read back with the secret, which a change without one keeps', async () => {
    const saved = await settings().set('vaxjo', input);
    expect(saved).toEqual({
      tenantId: 'vaxjo',
      issuer: 'https://login.vaxjo.se',
      clientId: 'samverkan',
      matchClaim: 'email',
      displayName: 'Växjös inloggning',
      clientSecretSet: true,
      updatedAt: clock.now(),
    });
    expect(Object.keys(saved)).not.toContain('clientSecret');
    expect(await settings().get('kalmar')).toBeUndefined();

    clock.advance(MINUTE);
    const changed = await settings().set('vaxjo', { ...input, clientSecret: undefined, matchClaim: 'upn' });
    expect(changed.matchClaim).toBe('upn');
    expect(changed.updatedAt).toEqual(clock.now());
    expect(await secretOf('vaxjo')).toBe('hemligt');
    await settings().set('vaxjo', { ...input, clientSecret: 'ny hemlighet' });
    expect(await secretOf('vaxjo')).toBe('ny hemlighet');
  });

  it('refuse a new provider without a secret, and removing is idempotent', async () => {
    await expect(settings().set('kalmar', { ...input, clientSecret: '' })).rejects.toMatchObject({
      code: 'IDENTITY.INVALID_IDENTITY_PROVIDER',
      details: { field: 'clientSecret' },
    });
    expect(await secretOf('kalmar')).toBeUndefined();
    await settings().remove('vaxjo');
    await settings().remove('vaxjo');
    expect(await settings().get('vaxjo')).toBeUndefined();
  });
});
