import {
  DEFAULT_MATCH_CLAIM,
  type IdentityProvider,
  type IdentityProviderInput,
  InvalidIdentityProviderError,
  PROVIDER_DISPLAY_NAME_MAX_LENGTH,
} from '#libs/identity';
import { type FormFields, type FormProblem, textOf } from '../prepare-meeting/page-form.js';
import { problem } from '../prepare-meeting/swedish-errors.js';
import { formFields, type Refusal } from './admin-form.js';

/** The form on the Organisation page, "Inloggning med organisationens identitetsleverantör". */
export const IDENTITY_PROVIDER_FORM = 'inloggning';

/** Each setting's form field, and what is said at it when the setting is refused. */
const FIELDS: Record<keyof IdentityProviderInput, { name: string; message: string }> = {
  issuer: {
    name: 'issuer',
    message: 'Ange identitetsleverantörens adress (issuer), som börjar med https:// och saknar ? och #.',
  },
  clientId: { name: 'klient', message: 'Ange klient-id:t som leverantören gav tjänsten, högst 500 tecken.' },
  clientSecret: {
    name: 'hemlighet',
    message:
      'Ange klienthemligheten (högst 2000 tecken). Den behövs när leverantören läggs upp första gången.',
  },
  matchClaim: {
    name: 'ansprak',
    message: 'Ange namnet på ett anspråk utan mellanslag, till exempel email, upn eller preferred_username.',
  },
  displayName: {
    name: 'namn',
    message: `Ange ett namn för knappen, högst ${PROVIDER_DISPLAY_NAME_MAX_LENGTH} tecken.`,
  },
};

/** The settings as posted. The secret is taken as typed (not trimmed); empty keeps the stored one. */
export function identityProviderInputOf(fields: FormFields): IdentityProviderInput {
  const secret = fields[FIELDS.clientSecret.name];
  return {
    issuer: textOf(fields, FIELDS.issuer.name),
    clientId: textOf(fields, FIELDS.clientId.name),
    clientSecret: typeof secret === 'string' ? secret : '',
    matchClaim: textOf(fields, FIELDS.matchClaim.name),
    displayName: textOf(fields, FIELDS.displayName.name),
  };
}

/** A refused setting, in Swedish at its field; undefined for anything else (the page's error filter). */
export function identityProviderProblemOf(error: unknown, form: string): FormProblem | undefined {
  if (!(error instanceof InvalidIdentityProviderError)) return undefined;
  const field = FIELDS[error.details['field'] as keyof IdentityProviderInput];
  return field ? problem(form, field.message, field.name) : undefined;
}

/**
 * The section's model: the provider as saved (never its secret, only that one is saved), the two
 * addresses to register at the provider, and the form, filled with what is saved or was typed
 * (the secret field always empty).
 */
export function identityProviderSection(
  provider: IdentityProvider | undefined,
  refusal: Refusal | null,
  addresses: { redirectUri: string; postLogoutRedirectUri: string },
) {
  const { field } = formFields(refusal, IDENTITY_PROVIDER_FORM);
  const secret = field(FIELDS.clientSecret.name);
  return {
    saved: provider
      ? {
          displayName: provider.displayName,
          issuer: provider.issuer,
          clientId: provider.clientId,
          matchClaim: provider.matchClaim,
        }
      : null,
    addresses,
    issuer: field(FIELDS.issuer.name, provider?.issuer ?? ''),
    klient: field(FIELDS.clientId.name, provider?.clientId ?? ''),
    hemlighet: { ...secret, value: '' },
    hemlighetDescription: provider
      ? 'Sparad. Lämna tomt för att behålla den sparade hemligheten; den visas aldrig.'
      : 'Hemligheten som leverantören gav tjänsten. Den sparas men visas aldrig.',
    ansprak: field(FIELDS.matchClaim.name, provider?.matchClaim ?? DEFAULT_MATCH_CLAIM),
    namn: field(FIELDS.displayName.name, provider?.displayName ?? ''),
  };
}
