import { stockholmTime } from '#libs/documents';

/** The sign-in form as posted: text fields only, each trimmed (the password as typed). */
export interface SignInForm {
  tenant: string;
  email: string;
  password: string;
  next: string;
}

export type SignInField = 'tenant' | 'email' | 'password';

/** Longer than any real value; longer input is refused before it reaches the database. */
const MAX_LENGTH: Record<SignInField, number> = { tenant: 100, email: 320, password: 1000 };

export function readSignInForm(body: unknown): SignInForm {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (name: string) => (typeof fields[name] === 'string' ? fields[name] : '');
  return {
    tenant: text('tenant').trim(),
    email: text('email').trim(),
    password: text('password'),
    next: text('next'),
  };
}

/** What is missing or too long, per field, in Swedish, to show next to the field. */
export function signInFieldErrors(form: SignInForm): Partial<Record<SignInField, string>> {
  const errors: Partial<Record<SignInField, string>> = {};
  const labels: Record<SignInField, string> = {
    tenant: 'organisationens kortnamn',
    email: 'din e-postadress',
    password: 'ditt lösenord',
  };
  for (const field of ['tenant', 'email', 'password'] as const) {
    if (form[field] === '') errors[field] = `Fyll i ${labels[field]}.`;
    else if (form[field].length > MAX_LENGTH[field]) errors[field] = `Högst ${MAX_LENGTH[field]} tecken.`;
  }
  return errors;
}

export interface SignInProblem {
  heading: string;
  text: string;
}

export const WRONG_CREDENTIALS: SignInProblem = {
  heading: 'Inloggningen misslyckades',
  text: 'Organisationen, e-postadressen eller lösenordet stämmer inte. Kontrollera dem och försök igen.',
};

export const EXPIRED_FORM: SignInProblem = {
  heading: 'Formuläret hade gått ut',
  text: 'Sidan var för gammal eller kom inte från den här tjänsten. Fyll i uppgifterna och logga in igen.',
};

export const MISSING_FIELDS: SignInProblem = {
  heading: 'Uppgifter saknas',
  text: 'Fyll i de fält som är markerade.',
};

/**
 * Too many failed sign-ins: when the person may try again, as minutes and the Stockholm time of
 * day ("om 15 minuter, kl. 08.45"); the right password is refused too until then.
 */
export function throttledProblem(retryAfterSeconds: number, now: Date): SignInProblem {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const at = stockholmTime(new Date(now.getTime() + retryAfterSeconds * 1000));
  return {
    heading: 'För många misslyckade inloggningar',
    text: `Av säkerhetsskäl är inloggningen för kontot spärrad en stund. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}, kl. ${at}.`,
  };
}
