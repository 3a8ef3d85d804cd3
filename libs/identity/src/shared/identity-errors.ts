/**
 * Failures of the identity module, with stable codes. The HTTP layer maps them to statuses
 * (http/identity-errors.interceptor.ts); nothing below the controllers knows about HTTP.
 */
export class IdentityError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One error for an unknown e-mail, a wrong password and a disabled account: no account probing. */
export class InvalidCredentialsError extends IdentityError {
  constructor() {
    super('AUTH.INVALID_CREDENTIALS', 'the e-mail address or password is wrong');
  }
}

export class AccountNotFoundError extends IdentityError {
  constructor(accountId: string) {
    super('IDENTITY.ACCOUNT_NOT_FOUND', `there is no account ${accountId} in this organisation`);
  }
}

export class EmailTakenError extends IdentityError {
  constructor(email: string) {
    super('IDENTITY.EMAIL_TAKEN', `an account with the e-mail address ${email} already exists`);
  }
}

export class PasswordPolicyError extends IdentityError {
  constructor(message: string) {
    super('IDENTITY.PASSWORD_POLICY', message);
  }
}

/** Removing the admin role from, or disabling, the last admin would lock the organisation out. */
export class LastAdminError extends IdentityError {
  constructor() {
    super('IDENTITY.LAST_ADMIN', 'the organisation must keep at least one active admin');
  }
}

export class ApiTokenNotFoundError extends IdentityError {
  constructor(tokenId: string) {
    super('IDENTITY.API_TOKEN_NOT_FOUND', `there is no API token ${tokenId} for this account`);
  }
}

export class InvalidAccountInputError extends IdentityError {
  constructor(message: string) {
    super('IDENTITY.INVALID_INPUT', message);
  }
}
