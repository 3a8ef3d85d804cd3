import { type DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import { AccountService } from './accounts/account.service.js';
import { ChangePassword } from './change-password/change-password.js';
import { PasswordChangeStore } from './change-password/password-change.store.js';
import { ApiTokenService } from './api-tokens/api-token.service.js';
import type { FirstAdminSettings } from './first-admin/admin-bootstrap.js';
import { IdentityBootstrap } from './first-admin/identity-bootstrap.js';
import { readIdentityEnvironment } from './first-admin/identity-environment.js';
import { AccountTokensController } from './http/account-tokens.controller.js';
import { AccountsController } from './http/accounts.controller.js';
import { AuthController } from './http/auth.controller.js';
import { AuthGuard } from './http/auth.guard.js';
import { IdentityProviderController } from './http/identity-provider.controller.js';
import { IdentityProviderService } from './oidc/identity-provider.service.js';
import { OidcSignIn } from './oidc/oidc-sign-in.js';
import { OIDC_SETTINGS, type OidcSettings, oidcSettingsOf } from './oidc/oidc-settings.js';
import { ProviderConfigurations } from './oidc/provider-configurations.js';
import { RequestAuthenticator } from './http/request-authenticator.js';
import { LoginThrottle } from './login-throttle/login-throttle.js';
import { PasswordHasher } from './passwords/password-hasher.js';
import { SessionService } from './sessions/session.service.js';
import { SignIn } from './sign-in/sign-in.js';
import { type Clock, IDENTITY_CLOCK, systemClock } from './shared/clock.js';
import {
  DEFAULT_IDENTITY_SETTINGS,
  IDENTITY_SETTINGS,
  type IdentitySettings,
} from './shared/identity-settings.js';

export interface IdentityModuleOptions {
  settings?: Partial<IdentitySettings>;
  /** From readIdentityEnvironment(); created at boot when the tenant has no admin. */
  firstAdmin?: FirstAdminSettings;
  /** Tests move time with their own clock. */
  clock?: Clock;
  /** Tests may pass a cheaper hasher; production keeps the default parameters. */
  passwordHasher?: PasswordHasher;
}

/**
 * Accounts, sessions, API tokens, the AuthGuard and the /api/auth and /api/accounts routes.
 * Global, so any module can inject the services; the guard becomes global where the app says
 * `{ provide: APP_GUARD, useExisting: AuthGuard }`. Needs TypeORM's DataSource (CoreModule).
 */
@Module({})
export class IdentityModule {
  /** Settings from SESSION_COOKIE_SECURE and ADMIN_* (see readIdentityEnvironment); ConfigError when invalid. */
  static fromEnvironment(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const { secureCookie, firstAdmin } = readIdentityEnvironment(env);
    return IdentityModule.forRoot({ settings: { secureCookie }, firstAdmin });
  }

  static forRoot(options: IdentityModuleOptions = {}): DynamicModule {
    const settings: IdentitySettings = { ...DEFAULT_IDENTITY_SETTINGS, ...options.settings };
    return {
      module: IdentityModule,
      global: true,
      controllers: [AuthController, AccountsController, AccountTokensController, IdentityProviderController],
      providers: [
        { provide: IDENTITY_SETTINGS, useValue: settings },
        { provide: IDENTITY_CLOCK, useValue: options.clock ?? systemClock },
        { provide: PasswordHasher, useValue: options.passwordHasher ?? new PasswordHasher() },
        {
          provide: AccountService,
          useFactory: (dataSource: DataSource, hasher: PasswordHasher, clock: Clock) =>
            new AccountService(dataSource, hasher, clock),
          inject: [DataSource, PasswordHasher, IDENTITY_CLOCK],
        },
        {
          provide: SessionService,
          useFactory: (dataSource: DataSource, hasher: PasswordHasher, clock: Clock) =>
            new SessionService(dataSource, hasher, clock, settings),
          inject: [DataSource, PasswordHasher, IDENTITY_CLOCK],
        },
        {
          provide: LoginThrottle,
          useFactory: (dataSource: DataSource, clock: Clock) =>
            new LoginThrottle(dataSource, clock, settings),
          inject: [DataSource, IDENTITY_CLOCK],
        },
        {
          provide: SignIn,
          useFactory: (sessions: SessionService, throttle: LoginThrottle) => new SignIn(sessions, throttle),
          inject: [SessionService, LoginThrottle],
        },
        {
          provide: ChangePassword,
          useFactory: (
            dataSource: DataSource,
            hasher: PasswordHasher,
            throttle: LoginThrottle,
            sessions: SessionService,
          ) => new ChangePassword(new PasswordChangeStore(dataSource), hasher, throttle, sessions),
          inject: [DataSource, PasswordHasher, LoginThrottle, SessionService],
        },
        {
          provide: ApiTokenService,
          useFactory: (dataSource: DataSource, clock: Clock) =>
            new ApiTokenService(dataSource, clock, settings),
          inject: [DataSource, IDENTITY_CLOCK],
        },
        {
          provide: RequestAuthenticator,
          useFactory: (sessions: SessionService, apiTokens: ApiTokenService) =>
            new RequestAuthenticator(sessions, apiTokens),
          inject: [SessionService, ApiTokenService],
        },
        {
          provide: IdentityBootstrap,
          useFactory: (dataSource: DataSource, hasher: PasswordHasher, clock: Clock) =>
            new IdentityBootstrap({ dataSource, hasher, clock }, options.firstAdmin),
          inject: [DataSource, PasswordHasher, IDENTITY_CLOCK],
        },
        {
          provide: OIDC_SETTINGS,
          useFactory: (config: AppConfig | undefined) => oidcSettingsOf(config),
          inject: [{ token: AppConfig, optional: true }],
        },
        {
          provide: IdentityProviderService,
          useFactory: (dataSource: DataSource, clock: Clock, oidc: OidcSettings) =>
            new IdentityProviderService(dataSource, clock, oidc),
          inject: [DataSource, IDENTITY_CLOCK, OIDC_SETTINGS],
        },
        {
          provide: OidcSignIn,
          useFactory: (dataSource: DataSource, clock: Clock, sessions: SessionService, oidc: OidcSettings) =>
            new OidcSignIn(dataSource, clock, sessions, new ProviderConfigurations(oidc.oidcAllowHttp)),
          inject: [DataSource, IDENTITY_CLOCK, SessionService, OIDC_SETTINGS],
        },
        AuthGuard,
      ],
      exports: [
        IDENTITY_SETTINGS,
        IDENTITY_CLOCK,
        PasswordHasher,
        AccountService,
        SessionService,
        SignIn,
        ChangePassword,
        ApiTokenService,
        RequestAuthenticator,
        OIDC_SETTINGS,
        IdentityProviderService,
        OidcSignIn,
        AuthGuard,
      ],
    };
  }
}
