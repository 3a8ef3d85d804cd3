import { ApiSecurity, type DocumentBuilder, type OpenAPIObject } from '@nestjs/swagger';
import { operationsOf } from './openapi-operations.js';

/** The session cookie POST /api/auth/login sets; identity reads it, the document names it. */
export const SESSION_COOKIE = 'svk_session';

/** The names of the two security schemes in components.securitySchemes. */
export const SECURITY_SCHEMES = { cookie: 'cookie', bearer: 'bearer' } as const;

/** Either way of authenticating will do (OpenAPI: alternatives are separate requirement objects). */
const SIGNED_IN: Record<string, string[]>[] = [
  { [SECURITY_SCHEMES.cookie]: [] },
  { [SECURITY_SCHEMES.bearer]: [] },
];

/**
 * A marker, not a scheme: @nestjs/swagger drops an empty `security` list from an operation, so a
 * public route is tagged with this name and `applySecurityRequirements` turns it into `[]`.
 */
const PUBLIC_MARKER = 'x-samverkan-public';

/** Documents a route as open to anyone (`security: []`); identity's @Public() applies it. */
export const ApiPublic = (): MethodDecorator & ClassDecorator => ApiSecurity(PUBLIC_MARKER);

export function addSecuritySchemes(builder: DocumentBuilder): DocumentBuilder {
  return builder
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        description: 'The session POST /api/auth/login sets (HttpOnly; 8 h sliding, 24 h at most)',
      },
      SECURITY_SCHEMES.cookie,
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'opaque',
        description: 'An API token (`svk_…`) from POST /api/accounts/{id}/tokens',
      },
      SECURITY_SCHEMES.bearer,
    );
}

/**
 * Every operation states its security: public routes `[]`, every other one the session cookie or a
 * bearer token. Derived here rather than declared per route, because identity's guard protects
 * every route unless it is @Public(): a new endpoint is documented as protected without a word.
 */
export function applySecurityRequirements(document: OpenAPIObject): void {
  for (const operation of operationsOf(document)) {
    const isPublic = operation.security?.some((requirement) => PUBLIC_MARKER in requirement) ?? false;
    operation.security = isPublic ? [] : SIGNED_IN.map((requirement) => ({ ...requirement }));
  }
}
