import { codesOf, DomainError } from '#libs/ddd';

/** Signing in and being allowed: the codes every guarded route can answer. */
export const AUTH_ERROR = {
  UNAUTHENTICATED: 'AUTH.UNAUTHENTICATED',
  FORBIDDEN: 'AUTH.FORBIDDEN',
  INVALID_CREDENTIALS: 'AUTH.INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'AUTH.TOO_MANY_ATTEMPTS',
} as const;

/** Accounts and API tokens. */
export const IDENTITY_ERROR = {
  ACCOUNT_NOT_FOUND: 'IDENTITY.ACCOUNT_NOT_FOUND',
  EMAIL_TAKEN: 'IDENTITY.EMAIL_TAKEN',
  PASSWORD_POLICY: 'IDENTITY.PASSWORD_POLICY',
  LAST_ADMIN: 'IDENTITY.LAST_ADMIN',
  API_TOKEN_NOT_FOUND: 'IDENTITY.API_TOKEN_NOT_FOUND',
  INVALID_INPUT: 'IDENTITY.INVALID_INPUT',
  INVALID_IDENTITY_PROVIDER: 'IDENTITY.INVALID_IDENTITY_PROVIDER',
  IDENTITY_PROVIDER_NOT_FOUND: 'IDENTITY.IDENTITY_PROVIDER_NOT_FOUND',
} as const;

/** Every code the identity context answers with, for the service's one catalogue. */
export const IDENTITY_ERROR_CODES: readonly string[] = [...codesOf(AUTH_ERROR), ...codesOf(IDENTITY_ERROR)];

/*
 * The identity module's failures are kernel DomainErrors with a kind, so the one problem+json
 * filter answers them; the named subclasses only let callers and tests tell them apart.
 */

/** One error for an unknown e-mail, a wrong password and a disabled account: no account probing. */
export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('unauthenticated', AUTH_ERROR.INVALID_CREDENTIALS, 'the e-mail address or password is wrong');
  }
}

/**
 * Too many failed sign-ins for this account or from this address: 429, with the seconds until the
 * window passes (the problem filter sends them as Retry-After). The same for an account that does
 * not exist, so the throttle tells nothing about which ones do.
 */
export class TooManyLoginAttemptsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super(
      'rate_limited',
      AUTH_ERROR.TOO_MANY_ATTEMPTS,
      `too many failed sign-ins; try again in ${seconds} s`,
      {
        retryAfterSeconds: seconds,
      },
    );
  }
}

export class AccountNotFoundError extends DomainError {
  constructor(accountId: string) {
    super(
      'not_found',
      IDENTITY_ERROR.ACCOUNT_NOT_FOUND,
      `there is no account ${accountId} in this organisation`,
    );
  }
}

export class EmailTakenError extends DomainError {
  constructor(email: string) {
    super('rule', IDENTITY_ERROR.EMAIL_TAKEN, `an account with the e-mail address ${email} already exists`);
  }
}

export class PasswordPolicyError extends DomainError {
  constructor(message: string) {
    super('invalid', IDENTITY_ERROR.PASSWORD_POLICY, message);
  }
}

/** Removing the admin role from, or disabling, the last admin would lock the organisation out. */
export class LastAdminError extends DomainError {
  constructor() {
    super('rule', IDENTITY_ERROR.LAST_ADMIN, 'the organisation must keep at least one active admin');
  }
}

export class ApiTokenNotFoundError extends DomainError {
  constructor(tokenId: string) {
    super(
      'not_found',
      IDENTITY_ERROR.API_TOKEN_NOT_FOUND,
      `there is no API token ${tokenId} for this account`,
    );
  }
}

export class InvalidAccountInputError extends DomainError {
  constructor(message: string) {
    super('invalid', IDENTITY_ERROR.INVALID_INPUT, message);
  }
}
