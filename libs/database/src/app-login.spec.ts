import { appLogin, scramVerifier } from './app-login.js';
import { databaseRoles } from './database-roles.js';

describe('appLogin', () => {
  it('logs in as <database>_app on the same server, with a password derived from the admin URL', () => {
    const login = appLogin('postgres://postgres:s3cret@db.internal:5433/samverkan?sslmode=require');
    const url = new URL(login.url);

    expect(login.user).toBe('samverkan_app');
    expect([url.username, url.host, url.pathname, url.search]).toEqual([
      'samverkan_app',
      'db.internal:5433',
      '/samverkan',
      '?sslmode=require',
    ]);
    expect(login.password).toMatch(/^[\w-]{43}$/);
    expect(login.password).not.toContain('s3cret');
    expect(decodeURIComponent(url.password)).toBe(login.password);
    // Every process with the same DATABASE_URL arrives at the same password; another admin password, another.
    expect(appLogin('postgres://postgres:s3cret@db.internal:5433/samverkan').password).toBe(login.password);
    expect(appLogin('postgres://postgres:other@db.internal:5433/samverkan').password).not.toBe(
      login.password,
    );
  });

  it('takes DATABASE_APP_PASSWORD instead when set, and no password when the admin URL has none', () => {
    expect(appLogin('postgres://postgres:x@h/db', { databaseAppPassword: 'a-long-password' })).toMatchObject({
      url: 'postgres://db_app:a-long-password@h/db',
      password: 'a-long-password',
    });
    expect(appLogin('postgres://postgres@127.0.0.1:5432/test')).toEqual({
      url: 'postgres://test_app@127.0.0.1:5432/test',
      user: 'test_app',
      password: null,
    });
  });

  it('uses DATABASE_APP_URL as it is, and never sets its password', () => {
    const databaseAppUrl = 'postgres://svc%40prod:pw@h/db';
    expect(appLogin('postgres://postgres:x@h/db', { databaseAppUrl })).toEqual({
      url: databaseAppUrl,
      user: 'svc@prod',
    });
  });

  it('refuses a database name too long for its role names, which PostgreSQL would cut', () => {
    expect(databaseRoles('d'.repeat(57))).toEqual({
      owner: `${'d'.repeat(57)}_owner`,
      app: `${'d'.repeat(57)}_app`,
    });
    expect(() => appLogin(`postgres://p:x@h/${'d'.repeat(58)}`)).toThrow(/too long for its role names/);
  });
});

describe('scramVerifier', () => {
  it('writes the verifier PostgreSQL stores, so the password itself never goes over the wire', () => {
    const salt = Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64');
    const verifier = scramVerifier('pencil', salt);

    expect(verifier).toMatch(
      /^SCRAM-SHA-256\$4096:W22ZaJ0SNY7soEsUEjb6gQ==\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$/,
    );
    expect(verifier).not.toContain('pencil');
    expect(scramVerifier('pencil', salt)).toBe(verifier);
    expect(scramVerifier('pencil')).not.toBe(verifier); // a fresh salt each time
  });
});
