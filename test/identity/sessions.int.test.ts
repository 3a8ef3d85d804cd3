import { createHash } from 'node:crypto';
import { type Account, InvalidCredentialsError, PasswordHasher } from '#libs/identity';
import {
  FakeClock,
  HOUR,
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
  account = await services.accounts.create({
    tenantId: 'vaxjo',
    email: 'anna@vaxjo.se',
    displayName: 'Anna Andersson',
    password: PASSWORD,
    roles: ['hr'],
  });
});

const login = (password = PASSWORD, email = 'anna@vaxjo.se', tenantId = 'vaxjo') =>
  services.sessions.login({ tenantId, email, password });

async function failureOf(
  attempt: Promise<unknown>,
): Promise<{ name: string; code: string; message: string }> {
  const error = await attempt.then(
    () => undefined,
    (caught: InvalidCredentialsError) => caught,
  );
  if (!error) throw new Error('the login succeeded');
  return { name: error.name, code: error.code, message: error.message };
}

describe('login', () => {
  it('returns a random 32-byte token, the absolute expiry and the principal', async () => {
    const session = await login();

    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(session.token, 'base64url')).toHaveLength(32);
    expect(session.expiresAt).toEqual(new Date(services.clock.now().getTime() + 24 * HOUR));
    expect(session.principal).toEqual({
      accountId: account.id,
      tenantId: 'vaxjo',
      displayName: 'Anna Andersson',
      email: 'anna@vaxjo.se',
      roles: ['hr'],
      units: [],
      via: 'session',
    });
    expect((await login()).token).not.toBe(session.token);
  });

  it('accepts the e-mail in any case', async () => {
    expect((await login(PASSWORD, 'ANNA@Vaxjo.SE')).principal.accountId).toBe(account.id);
  });

  it('stores only the sha256 of the token', async () => {
    const { token } = await login();

    const rows: { id: string }[] = await database.dataSource.query('SELECT * FROM identity_sessions');
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('gives the same error for an unknown e-mail, a wrong password, another organisation and a disabled account', async () => {
    const wrongPassword = await failureOf(login(`${PASSWORD}x`));
    const unknownEmail = await failureOf(login(PASSWORD, 'bertil@vaxjo.se'));
    const otherTenant = await failureOf(login(PASSWORD, 'anna@vaxjo.se', 'ljungby'));
    await services.accounts.create({
      tenantId: 'vaxjo',
      email: 'admin@vaxjo.se',
      displayName: 'A',
      password: PASSWORD,
      roles: ['admin'],
    });
    await services.accounts.disable('vaxjo', account.id);
    const disabled = await failureOf(login());

    const expected = {
      name: 'InvalidCredentialsError',
      code: 'AUTH.INVALID_CREDENTIALS',
      message: 'the e-mail address or password is wrong',
    };
    expect([wrongPassword, unknownEmail, otherTenant, disabled]).toEqual([
      expected,
      expected,
      expected,
      expected,
    ]);
    expect(await database.dataSource.query('SELECT * FROM identity_sessions')).toEqual([]);
  });

  it('spends a full password verification on an unknown e-mail, as on a known one', async () => {
    const verified: string[] = [];
    class RecordingHasher extends PasswordHasher {
      override async verify(password: string, storedHash: string): Promise<boolean> {
        verified.push(storedHash.split('$').slice(0, 2).join('$'));
        return super.verify(password, storedHash);
      }
    }
    const recording = identityServices(
      database.dataSource,
      new FakeClock(),
      undefined,
      new RecordingHasher(),
    );

    await failureOf(
      recording.sessions.login({ tenantId: 'vaxjo', email: 'anna@vaxjo.se', password: 'fel lösenord!' }),
    );
    await failureOf(
      recording.sessions.login({ tenantId: 'vaxjo', email: 'okand@vaxjo.se', password: 'fel lösenord!' }),
    );

    // Same scrypt cost both times: the response time does not tell which e-mails have accounts.
    expect(verified).toEqual(['scrypt$N=32768,r=8,p=1', 'scrypt$N=32768,r=8,p=1']);
  });
});

describe('resolving a session', () => {
  it('resolves the token to the principal and nothing else to anything', async () => {
    const { token, principal } = await login();

    expect(await services.sessions.resolve(token)).toEqual(principal);
    expect(
      await services.sessions.resolve(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`),
    ).toBeUndefined();
    expect(await services.sessions.resolve('')).toBeUndefined();
    expect(await services.sessions.resolve(createHash('sha256').update(token).digest('hex'))).toBeUndefined();
  });

  it('slides: a session in use lives on, one left alone for 8 hours ends', async () => {
    const { token } = await login();

    services.clock.advance(7 * HOUR + 59 * MINUTE);
    expect(await services.sessions.resolve(token)).toBeDefined();
    services.clock.advance(7 * HOUR + 59 * MINUTE); // 15 h 58 min after login, 7 h 59 min after use
    expect(await services.sessions.resolve(token)).toBeDefined();
    services.clock.advance(8 * HOUR);
    expect(await services.sessions.resolve(token)).toBeUndefined();
  });

  it('ends 24 hours after login however busy the session is', async () => {
    const { token } = await login();

    for (let hours = 2; hours < 24; hours += 2) {
      services.clock.advance(2 * HOUR);
      expect(await services.sessions.resolve(token)).toBeDefined();
    }
    services.clock.advance(2 * HOUR - 1);
    expect(await services.sessions.resolve(token)).toBeDefined(); // 1 ms before the absolute end
    services.clock.advance(1);
    expect(await services.sessions.resolve(token)).toBeUndefined();
  });

  it('writes last_seen_at at most once a minute, so most requests are reads only', async () => {
    const { token } = await login();
    const lastSeen = async () =>
      (
        (await database.dataSource.query('SELECT last_seen_at FROM identity_sessions')) as {
          last_seen_at: Date;
        }[]
      )[0].last_seen_at;
    const loggedInAt = services.clock.now();

    services.clock.advance(30 * 1000);
    await services.sessions.resolve(token);
    expect(await lastSeen()).toEqual(loggedInAt);

    services.clock.advance(30 * 1000);
    await services.sessions.resolve(token);
    expect(await lastSeen()).toEqual(services.clock.now());
  });

  it('stops resolving once the account is disabled', async () => {
    await services.accounts.create({
      tenantId: 'vaxjo',
      email: 'admin@vaxjo.se',
      displayName: 'A',
      password: PASSWORD,
      roles: ['admin'],
    });
    const { token } = await login();

    await services.accounts.disable('vaxjo', account.id);

    expect(await services.sessions.resolve(token)).toBeUndefined();
  });

  it('sees role changes at once, because the principal is read from the account each time', async () => {
    await services.accounts.create({
      tenantId: 'vaxjo',
      email: 'admin@vaxjo.se',
      displayName: 'A',
      password: PASSWORD,
      roles: ['admin'],
    });
    const { token } = await login();

    await services.accounts.setRoles('vaxjo', account.id, []);

    expect((await services.sessions.resolve(token))?.roles).toEqual([]);
  });
});

describe('logout', () => {
  it('ends the session, and logging out twice is harmless', async () => {
    const first = await login();
    const second = await login();

    await services.sessions.logout(first.token);
    await services.sessions.logout(first.token);

    expect(await services.sessions.resolve(first.token)).toBeUndefined();
    expect(await services.sessions.resolve(second.token)).toBeDefined(); // other devices stay signed in
  });

  it('clears the account’s expired sessions at its next login', async () => {
    await login();
    services.clock.advance(25 * HOUR);
    await login();

    expect(await database.dataSource.query('SELECT count(*)::int AS count FROM identity_sessions')).toEqual([
      { count: 1 },
    ]);
  });
});
