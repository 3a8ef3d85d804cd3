import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '#libs/identity';

/** The password change form as posted: passwords exactly as typed. */
export interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

export type PasswordField = keyof PasswordForm;

export function readPasswordForm(body: unknown): PasswordForm {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (name: string) => (typeof fields[name] === 'string' ? fields[name] : '');
  return {
    currentPassword: text('currentPassword'),
    newPassword: text('newPassword'),
    repeatPassword: text('repeatPassword'),
  };
}

/**
 * What the page itself can say before the use case runs: an empty field, and a repetition that
 * differs (a typing check for the person, no rule of the account's). The rules of the password
 * (its length) and the check of the current one are ChangePassword's.
 */
export function passwordFieldErrors(form: PasswordForm): Partial<Record<PasswordField, string>> {
  const errors: Partial<Record<PasswordField, string>> = {};
  if (form.currentPassword === '') errors.currentPassword = 'Fyll i ditt nuvarande lösenord.';
  if (form.newPassword === '') errors.newPassword = 'Fyll i ett nytt lösenord.';
  else if (form.repeatPassword !== form.newPassword) {
    errors.repeatPassword = 'Lösenorden är inte lika. Skriv det nya lösenordet likadant två gånger.';
  }
  return errors;
}

export const WRONG_CURRENT_PASSWORD = 'Lösenordet stämmer inte. Skriv det lösenord du loggar in med nu.';

export const POLICY_TEXT = `Minst ${PASSWORD_MIN_LENGTH} tecken. Gärna flera ord, till exempel en mening du kommer ihåg.`;

/** IDENTITY.PASSWORD_POLICY, said in Swedish next to the new password. */
export function policyError(newPassword: string): string {
  return [...newPassword.normalize('NFC')].length > PASSWORD_MAX_LENGTH
    ? `Lösenordet får vara högst ${PASSWORD_MAX_LENGTH} tecken.`
    : `Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken.`;
}
