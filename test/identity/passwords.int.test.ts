import {
  assertPasswordPolicy,
  PASSWORD_MAX_LENGTH,
  PasswordHasher,
  PasswordPolicyError,
  passwordLength,
} from '#libs/identity';
import { hasher, PASSWORD } from './identity-fixture.js';

describe('password hashing', () => {
  it('verifies the password it hashed and rejects any other', async () => {
    const stored = await hasher.hash(PASSWORD);

    expect(await hasher.verify(PASSWORD, stored)).toBe(true);
    expect(await hasher.verify(`${PASSWORD} `, stored)).toBe(false);
    expect(await hasher.verify('', stored)).toBe(false);
  });

  it('stores scrypt with its parameters, a random salt, and no trace of the password', async () => {
    const first = await hasher.hash(PASSWORD);
    const second = await hasher.hash(PASSWORD);

    expect(first).toMatch(/^scrypt\$N=32768,r=8,p=1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(first).not.toBe(second); // per-password salt
    expect(first).not.toContain(PASSWORD);
    expect(first).not.toContain(Buffer.from(PASSWORD).toString('base64'));
  });

  it('verifies with the parameters stored in the hash, so old hashes survive a change of default', async () => {
    const cheap = new PasswordHasher({ N: 1024, r: 8, p: 1 });
    const stored = await cheap.hash(PASSWORD);

    expect(stored).toMatch(/^scrypt\$N=1024,r=8,p=1\$/);
    expect(await hasher.verify(PASSWORD, stored)).toBe(true);
  });

  it('treats å typed as one character or as a + ring as the same password', async () => {
    const composed = 'blåbärssylt i överflöd';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);

    expect(await hasher.verify(decomposed, await hasher.hash(composed))).toBe(true);
  });

  it('rejects a tampered hash, and without throwing a stored value that is not a hash at all', async () => {
    const stored = await hasher.hash(PASSWORD);
    const parts = stored.split('$');
    const key = parts[3];
    parts[3] = `${key[0] === 'A' ? 'B' : 'A'}${key.slice(1)}`;

    expect(await hasher.verify(PASSWORD, parts.join('$'))).toBe(false); // one character of the key changed
    expect(await hasher.verify(PASSWORD, PASSWORD)).toBe(false);
    expect(await hasher.verify(PASSWORD, 'scrypt$N=4294967296,r=8,p=1$AAAA$AAAAAAAAAAAAAAAAAAAAAA==')).toBe(
      false,
    );
  });

  it('a dummy verification always fails', async () => {
    expect(await hasher.verifyDummy(PASSWORD)).toBe(false);
    expect(await hasher.verifyDummy('')).toBe(false);
  });
});

describe('password policy', () => {
  it('needs at least 12 characters', () => {
    expect(() => assertPasswordPolicy('elva tecken')).toThrow(PasswordPolicyError);
    expect(() => assertPasswordPolicy('tolv tecken!')).not.toThrow();
  });

  it('allows at most 1024 characters', () => {
    expect(() => assertPasswordPolicy('x'.repeat(PASSWORD_MAX_LENGTH))).not.toThrow();
    expect(() => assertPasswordPolicy('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toThrow(PasswordPolicyError);
  });

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(passwordLength('åäö')).toBe(3);
    expect(passwordLength('åäö'.normalize('NFD'))).toBe(3);
    expect(passwordLength('🔑🔑🔑')).toBe(3);
    expect(() => assertPasswordPolicy('🔑'.repeat(6))).toThrow(PasswordPolicyError); // 12 UTF-16 units, 6 characters
  });

  it('says what is wrong, with a stable code', () => {
    expect(() => assertPasswordPolicy('kort')).toThrow(
      expect.objectContaining({
        code: 'IDENTITY.PASSWORD_POLICY',
        message: 'the password must be at least 12 characters long',
      }),
    );
  });
});
