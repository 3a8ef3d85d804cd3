import {
  API_TOKEN_NAME_MAX_LENGTH,
  assertPasswordPolicy,
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  ORGANISATION_ROLES,
  type OrganisationRole,
} from '#libs/identity';
import { type FormFields, type FormProblem, listOf, textOf } from '../prepare-meeting/page-form.js';
import { policyError } from '../password/password-form.js';

/** The roles ticked, or undefined when one is no organisation role (a forged form). */
export function rolesOf(fields: FormFields): OrganisationRole[] | undefined {
  const ticked = listOf(fields, 'roller');
  return ticked.every((role) => (ORGANISATION_ROLES as readonly string[]).includes(role))
    ? (ticked as OrganisationRole[])
    : undefined;
}

/** A new account as typed: the password exactly as typed, the rest trimmed. */
export function newAccountOf(fields: FormFields) {
  const password = typeof fields['losenord'] === 'string' ? fields['losenord'] : '';
  return {
    displayName: textOf(fields, 'namn'),
    email: textOf(fields, 'epost'),
    password,
    roles: rolesOf(fields),
  };
}

/**
 * What the page says of a new account before AccountService checks it again: each field's problem
 * at once, so the summary lists all there is to correct. The rules are identity's (lengths, one @,
 * the password policy); the e-mail already taken is the service's to say.
 */
export function newAccountProblem(account: ReturnType<typeof newAccountOf>): FormProblem | null {
  const fields: Record<string, string> = {};
  if (account.displayName === '') fields['namn'] = 'Fyll i personens namn.';
  else if (account.displayName.length > DISPLAY_NAME_MAX_LENGTH)
    fields['namn'] = `Namnet får vara högst ${DISPLAY_NAME_MAX_LENGTH} tecken.`;
  if (!/^[^\s@]+@[^\s@]+$/.test(account.email) || account.email.length > EMAIL_MAX_LENGTH)
    fields['epost'] = 'Ange en e-postadress, till exempel anna.andersson@kommun.se.';
  // The policy is identity's (assertPasswordPolicy): checking it here lets the summary say it beside the rest.
  try {
    assertPasswordPolicy(account.password);
  } catch {
    fields['losenord'] = policyError(account.password);
  }
  if (!account.roles) fields['roller'] = 'Välj bland rollerna som finns.';
  const messages = Object.values(fields);
  return messages.length === 0 ? null : { form: 'konto', message: messages[0], fields };
}

/** A token's name as typed, and what is wrong with it. */
export function tokenNameProblem(name: string): string | null {
  if (name === '') return 'Ge nyckeln ett namn, till exempel det program som ska använda den.';
  if (name.length > API_TOKEN_NAME_MAX_LENGTH)
    return `Namnet får vara högst ${API_TOKEN_NAME_MAX_LENGTH} tecken.`;
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);
