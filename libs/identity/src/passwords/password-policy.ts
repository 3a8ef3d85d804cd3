import { PasswordPolicyError } from '../shared/identity-errors.js';

/** Length is the only rule (NIST SP 800-63B): composition rules make passwords worse, not better. */
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase or manager, short enough that hashing it costs nothing extra. */
export const PASSWORD_MAX_LENGTH = 1024;

/**
 * The form a password is hashed in. NFC, so "å" typed as one code point or as a + ring (some
 * keyboards and operating systems send either) is the same password.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFC');
}

/** Characters (code points, after normalising), not UTF-16 units or bytes: "åäö" is 3. */
export function passwordLength(password: string): number {
  return [...normalizePassword(password)].length;
}

/** Throws PasswordPolicyError for a password an account may not be given. */
export function assertPasswordPolicy(password: string): void {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) {
    throw new PasswordPolicyError(`the password must be at least ${PASSWORD_MIN_LENGTH} characters long`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw new PasswordPolicyError(`the password must be at most ${PASSWORD_MAX_LENGTH} characters long`);
  }
}
