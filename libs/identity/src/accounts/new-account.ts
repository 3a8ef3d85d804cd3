import { randomUUID } from 'node:crypto';
import type { OrganisationRole } from '../principal.js';
import type { PasswordHasher } from '../passwords/password-hasher.js';
import { assertPasswordPolicy } from '../passwords/password-policy.js';
import { InvalidAccountInputError } from '../shared/identity-errors.js';
import { type AccountRow, canonicalRoles } from './account.js';

export interface NewAccount {
  tenantId: string;
  email: string;
  displayName: string;
  password: string;
  roles?: readonly OrganisationRole[];
}

export const EMAIL_MAX_LENGTH = 254;
export const DISPLAY_NAME_MAX_LENGTH = 200;
export const TENANT_ID_MAX_LENGTH = 100;

/** Deliberately loose: one @ with something on both sides. The real check is the mail that arrives. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Checks a new account and makes its row, password hashed. The HTTP DTOs check the same at the
 * edge; this repeats it for the callers that have no DTO (first admin from the environment, the
 * create-admin command).
 */
export async function newAccountRow(
  input: NewAccount,
  hasher: PasswordHasher,
  createdAt: Date,
): Promise<AccountRow> {
  const tenantId = input.tenantId.trim();
  const email = input.email.trim();
  const displayName = input.displayName.trim();
  if (tenantId === '' || tenantId.length > TENANT_ID_MAX_LENGTH) {
    throw new InvalidAccountInputError(`the organisation id must be 1 to ${TENANT_ID_MAX_LENGTH} characters`);
  }
  if (!EMAIL.test(email) || email.length > EMAIL_MAX_LENGTH) {
    throw new InvalidAccountInputError(`"${email}" is not an e-mail address`);
  }
  if (displayName === '' || displayName.length > DISPLAY_NAME_MAX_LENGTH) {
    throw new InvalidAccountInputError(`the name must be 1 to ${DISPLAY_NAME_MAX_LENGTH} characters`);
  }
  assertPasswordPolicy(input.password);
  return {
    id: randomUUID(),
    tenant_id: tenantId,
    email,
    display_name: displayName,
    password_hash: await hasher.hash(input.password),
    roles: canonicalRoles(input.roles ?? []),
    unit_ids: [],
    created_at: createdAt,
    disabled_at: null,
  };
}
