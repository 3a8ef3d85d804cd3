import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { normalizePassword } from './password-policy.js';

/** scrypt cost parameters; stored in every hash, so they can be raised without breaking old ones. */
export interface ScryptParameters {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt recommendation (2^15, 8, 1): about 130 ms and 32 MiB per hash on our 2-core machine. */
export const DEFAULT_SCRYPT_PARAMETERS: ScryptParameters = { N: 32768, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
const FORMAT = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

interface ParsedHash {
  parameters: ScryptParameters;
  salt: Buffer;
  key: Buffer;
}

/**
 * Hashes and verifies passwords with scrypt from node:crypto. The stored string is
 * `scrypt$N=32768,r=8,p=1$<salt base64>$<key base64>`: self-describing, so verification uses the
 * parameters a hash was made with, whatever the current default is.
 */
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  constructor(private readonly parameters: ScryptParameters = DEFAULT_SCRYPT_PARAMETERS) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(password, salt, this.parameters, KEY_BYTES);
    const { N, r, p } = this.parameters;
    return `scrypt$N=${N},r=${r},p=${p}$${salt.toString('base64')}$${key.toString('base64')}`;
  }

  /** False for a wrong password and for a stored value that is not a hash we can read. */
  async verify(password: string, storedHash: string): Promise<boolean> {
    const parsed = parseHash(storedHash);
    if (!parsed) return false;
    const key = await derive(password, parsed.salt, parsed.parameters, parsed.key.length);
    return timingSafeEqual(key, parsed.key);
  }

  /**
   * Costs what a verify costs and always fails. Called when there is no account for an e-mail, so
   * the response time does not tell an attacker which addresses have accounts.
   */
  async verifyDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash(randomBytes(SALT_BYTES).toString('base64'));
    await this.verify(password, await this.dummyHash);
    return false;
  }

  /** Makes the dummy hash ahead, so the first failed login is not the slow one. */
  async warmUp(): Promise<void> {
    await this.verifyDummy('');
  }
}

function parseHash(stored: string): ParsedHash | undefined {
  const match = FORMAT.exec(stored);
  if (!match) return undefined;
  const [N, r, p] = [match[1], match[2], match[3]].map(Number);
  // A corrupted row must not make us allocate gigabytes or spin for minutes.
  const sane = N >= 2 && N <= 2 ** 20 && (N & (N - 1)) === 0 && r >= 1 && r <= 32 && p >= 1 && p <= 16;
  if (!sane) return undefined;
  const key = Buffer.from(match[5], 'base64');
  if (key.length < 16) return undefined;
  return { parameters: { N, r, p }, salt: Buffer.from(match[4], 'base64'), key };
}

function derive(
  password: string,
  salt: Buffer,
  { N, r, p }: ScryptParameters,
  length: number,
): Promise<Buffer> {
  // scrypt needs 128·N·r bytes plus a little; node's default maxmem (32 MiB) is just short for
  // N=2^15, r=8, so size it from the parameters.
  const maxmem = 128 * N * r * 2 + 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(normalizePassword(password), salt, length, { N, r, p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}
