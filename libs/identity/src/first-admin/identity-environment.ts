import { ConfigError } from '#libs/config';
import { PASSWORD_MIN_LENGTH, passwordLength } from '../passwords/password-policy.js';
import type { FirstAdminSettings } from './admin-bootstrap.js';

export const DEFAULT_ADMIN_TENANT = 'default';
export const DEFAULT_ADMIN_NAME = 'Administratör';

/** What the identity module reads from the environment (the rest of AppConfig knows nothing of it). */
export interface IdentityEnvironment {
  /** SESSION_COOKIE_SECURE=true: send the session cookie only over HTTPS. */
  secureCookie: boolean;
  /** ADMIN_EMAIL + ADMIN_PASSWORD (+ ADMIN_TENANT, ADMIN_NAME); undefined when not set. */
  firstAdmin?: FirstAdminSettings;
}

/**
 * Reads and checks the identity settings, failing at boot (ConfigError, one line per problem)
 * rather than at the first login. Empty counts as unset, as in loadConfig.
 */
export function readIdentityEnvironment(env: NodeJS.ProcessEnv = process.env): IdentityEnvironment {
  const value = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const problems: string[] = [];

  const secure = value('SESSION_COOKIE_SECURE');
  if (secure !== undefined && secure !== 'true' && secure !== 'false') {
    problems.push(`SESSION_COOKIE_SECURE must be true or false (got ${JSON.stringify(secure)})`);
  }

  const email = value('ADMIN_EMAIL');
  const password = value('ADMIN_PASSWORD');
  if (email !== undefined && password === undefined)
    problems.push('ADMIN_PASSWORD must be set with ADMIN_EMAIL');
  if (password !== undefined && email === undefined)
    problems.push('ADMIN_EMAIL must be set with ADMIN_PASSWORD');
  // Never echo the password itself: this line ends up in logs.
  if (password !== undefined && passwordLength(password) < PASSWORD_MIN_LENGTH) {
    problems.push(`ADMIN_PASSWORD must be at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    secureCookie: secure === 'true',
    firstAdmin:
      email !== undefined && password !== undefined
        ? {
            tenantId: value('ADMIN_TENANT') ?? DEFAULT_ADMIN_TENANT,
            email,
            password,
            displayName: value('ADMIN_NAME') ?? DEFAULT_ADMIN_NAME,
          }
        : undefined,
  };
}
