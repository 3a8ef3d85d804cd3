import { DomainError } from '#libs/ddd';
import { IDENTITY_ERROR } from '../shared/identity-errors.js';

/** The claim matched against an account's e-mail address unless the organisation names another. */
export const DEFAULT_MATCH_CLAIM = 'email';
export const PROVIDER_DISPLAY_NAME_MAX_LENGTH = 60;

/** What an admin sets. The secret may be left out when changing a provider: the stored one stays. */
export interface IdentityProviderInput {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  /** Default `email`; e.g. `upn` or `preferred_username` where the provider sends the address there. */
  matchClaim?: string;
  /** Shown on the button: "Logga in med <displayName>". */
  displayName: string;
}

/** The provider as anyone may read it back: never with the secret, only that one is set. */
export interface IdentityProvider {
  tenantId: string;
  issuer: string;
  clientId: string;
  matchClaim: string;
  displayName: string;
  clientSecretSet: true;
  updatedAt: Date;
}

/** The provider with its secret, for the sign-in itself only. */
export interface IdentityProviderWithSecret extends IdentityProvider {
  clientSecret: string;
}

/** A setting refused, with the field it concerns (`issuer`, `clientId`, …) for the form to show it at. */
export class InvalidIdentityProviderError extends DomainError {
  constructor(field: keyof IdentityProviderInput, message: string) {
    super('invalid', IDENTITY_ERROR.INVALID_IDENTITY_PROVIDER, message, { field });
  }
}

export class IdentityProviderNotFoundError extends DomainError {
  constructor() {
    super(
      'not_found',
      IDENTITY_ERROR.IDENTITY_PROVIDER_NOT_FOUND,
      'the organisation has no identity provider for sign-in',
    );
  }
}

/** PostgreSQL refuses NUL in text; no setting here has any control character. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A claim name as providers spell them: printable, no spaces (`email`, `upn`, `https://…/claims/x`). */
const CLAIM_NAME = /^[\x21-\x7e]{1,200}$/;

/**
 * The settings as they will be stored, trimmed, or InvalidIdentityProviderError for the first
 * field that is wrong. `allowHttp` (tests and development only) lets an issuer be plain http://.
 * A new provider needs its secret; a changed one keeps the stored secret when none is given.
 */
export function checkedProviderInput(
  input: IdentityProviderInput,
  { allowHttp, hasStoredSecret }: { allowHttp: boolean; hasStoredSecret: boolean },
): Required<Omit<IdentityProviderInput, 'clientSecret'>> & { clientSecret: string | undefined } {
  const issuer = input.issuer.trim();
  let url: URL | undefined;
  try {
    url = new URL(issuer);
  } catch {
    url = undefined;
  }
  const schemeAllowed = url?.protocol === 'https:' || (allowHttp && url?.protocol === 'http:');
  if (!url || !schemeAllowed || url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new InvalidIdentityProviderError(
      'issuer',
      'the issuer must be an https:// URL without query or fragment (the provider\'s "issuer")',
    );
  }
  const clientId = input.clientId.trim();
  if (clientId === '' || clientId.length > 500 || CONTROL.test(clientId)) {
    throw new InvalidIdentityProviderError('clientId', 'the client id must be 1 to 500 characters');
  }
  const secret =
    input.clientSecret === undefined || input.clientSecret === '' ? undefined : input.clientSecret;
  if (secret === undefined && !hasStoredSecret) {
    throw new InvalidIdentityProviderError('clientSecret', 'a new provider needs its client secret');
  }
  if (secret !== undefined && (secret.length > 2000 || CONTROL.test(secret))) {
    throw new InvalidIdentityProviderError(
      'clientSecret',
      'the client secret may be at most 2000 characters',
    );
  }
  const matchClaim = (input.matchClaim ?? '').trim() || DEFAULT_MATCH_CLAIM;
  if (!CLAIM_NAME.test(matchClaim)) {
    throw new InvalidIdentityProviderError(
      'matchClaim',
      'the claim must be a name such as email, upn or preferred_username',
    );
  }
  const displayName = input.displayName.trim();
  if (
    displayName === '' ||
    displayName.length > PROVIDER_DISPLAY_NAME_MAX_LENGTH ||
    CONTROL.test(displayName)
  ) {
    throw new InvalidIdentityProviderError(
      'displayName',
      `the name on the button must be 1 to ${PROVIDER_DISPLAY_NAME_MAX_LENGTH} characters`,
    );
  }
  return { issuer, clientId, clientSecret: secret, matchClaim, displayName };
}
