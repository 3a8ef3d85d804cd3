export * from './principal.js';
export * from './identity.module.js';
export { Identity1732260000000 } from './schema/1732260000000-identity.migration.js';
export { LoginThrottle1732300000400 } from './schema/1732300000400-login-throttle.migration.js';
export { EmployeeUnits1732300000800 } from './schema/1732300000800-employee-units.migration.js';
export { IdentityProviders1732362000000 } from './schema/1732362000000-identity-providers.migration.js';
export { AccountDto } from './http/dto/account.dto.js';
export { accountDto } from './http/accounts.controller.js';

export type { Account } from './accounts/account.js';
export { AccountService } from './accounts/account.service.js';
export * from './accounts/account-addresses.js';
export { type NewAccount, DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from './accounts/new-account.js';
export * from './api-tokens/api-token.service.js';
export * from './sessions/session.service.js';
export * from './sign-in/sign-in.js';
export * from './change-password/change-password.js';
export * from './login-throttle/login-throttle.js';
export * from './oidc/identity-provider.js';
export * from './oidc/identity-provider.service.js';
export * from './oidc/oidc-addresses.js';
export * from './oidc/oidc-settings.js';
export * from './oidc/oidc-sign-in.js';
export * from './passwords/password-hasher.js';
export * from './passwords/password-policy.js';

export * from './first-admin/admin-bootstrap.js';
export * from './first-admin/create-admin-command.js';
export * from './first-admin/identity-environment.js';

export * from './http/auth.guard.js';
export * from './http/auth-decorators.js';
export * from './http/auth-errors.js';
export * from './http/request-authenticator.js';
export { SESSION_COOKIE, readCookie, bearerToken } from './http/request-credentials.js';
export * from './http/session-cookie.js';

export * from './shared/clock.js';
export * from './shared/identity-errors.js';
export * from './shared/identity-settings.js';
