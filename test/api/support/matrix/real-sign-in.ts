import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppConfig } from '#libs/config';
import { configureHttp, setupOpenApi } from '#libs/http';
import { AccountService, ApiTokenService, PasswordHasher, SESSION_COOKIE } from '#libs/identity';
import { createTestDatabase } from '#libs/testing';
import { ApiModule } from '#libs/service';
import { type Persona, type PersonaKey, PERSONAS } from './personas.js';
import { TOKEN_OWNER } from './rules.js';

export interface Credentials {
  tenant: string;
  email: string;
  password: string;
}

export const HOME_TENANT = 'exempelstad';
const OTHER_TENANT = 'grannkommunen';
export const PASSWORD = 'ett långt lösenord med å ä ö';
/** /metrics answers only with METRICS_TOKEN set and sent; the matrix reads it as Prometheus would. */
export const METRICS_TOKEN = 'matrisens-prometheus-token-0123';

/**
 * The production ApiModule (identity's global AuthGuard, /api/auth, /api/accounts, /health,
 * /metrics) with the OpenAPI document main.ts serves, and one real account per persona, signed in
 * through POST /api/auth/login. Only the password hasher is cheaper than production's: what is
 * tested here is who may do what, not scrypt's cost.
 */
export async function startRealSignIn() {
  const database = await createTestDatabase();
  const config = Object.assign(new AppConfig(), {
    workerInProcess: false,
    dbPoolSize: 4,
    logLevel: 'warn',
    metricsToken: METRICS_TOKEN,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot({ config, databaseUrl: database.url })],
  })
    .overrideProvider(PasswordHasher)
    .useValue(new PasswordHasher({ N: 1024, r: 8, p: 1 }))
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttp(app);
  setupOpenApi(app, 'api/docs');
  await app.init();
  const server = app.getHttpServer();
  const close = async () => {
    await app.close();
    await database.drop();
  };

  try {
    const accounts = app.get(AccountService);
    const signedIn = PERSONAS.filter((persona) => persona.tenant !== 'none');
    const credentials = Object.fromEntries(
      signedIn.map((persona) => [persona.key, credentialsOf(persona)]),
    ) as Partial<Record<PersonaKey, Credentials>>;
    const accountIds: Partial<Record<PersonaKey, string>> = {};
    await Promise.all(
      signedIn.map(async (persona) => {
        const { tenant, email } = credentialsOf(persona);
        const account = await accounts.create({
          tenantId: tenant,
          email,
          displayName: persona.displayName,
          password: PASSWORD,
          roles: [...persona.roles],
        });
        if (persona.units) await accounts.setUnits(tenant, account.id, persona.units);
        accountIds[persona.key] = account.id;
      }),
    );
    /** An account of no persona, for the admin's rows that change an account (roles, disable). */
    const target = await accounts.create({
      tenantId: HOME_TENANT,
      email: 'tova.tillfallig@exempelstad.se',
      displayName: 'Tova Tillfällig',
      password: PASSWORD,
      roles: [],
    });
    const tokenOwner = accountIds[TOKEN_OWNER] as string;
    const token = await app.get(ApiTokenService).issue(HOME_TENANT, tokenOwner, 'Protokollsexport');

    const cookies: Partial<Record<PersonaKey, string>> = {};
    for (const persona of signedIn) {
      const login = await request(server).post('/api/auth/login').send(credentials[persona.key]).expect(200);
      cookies[persona.key] = sessionCookieOf(login.headers['set-cookie']) as string;
    }
    return {
      server,
      credentials,
      cookies,
      ids: { targetAccount: target.id, tokenOwner, tokenId: token.id },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export type RealSignIn = Awaited<ReturnType<typeof startRealSignIn>>;

function credentialsOf(persona: Persona): Credentials {
  const tenant = persona.tenant === 'other' ? OTHER_TENANT : HOME_TENANT;
  return { tenant, email: `${persona.key.toLowerCase()}@${tenant}.se`, password: PASSWORD };
}

/** `svk_session=<token>` from a Set-Cookie header; undefined when none is set or it is being cleared. */
export function sessionCookieOf(header: string | string[] | undefined): string | undefined {
  const all = Array.isArray(header) ? header : header === undefined ? [] : [header];
  const pair = all.map((cookie) => cookie.split(';')[0]).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return pair === undefined || pair === `${SESSION_COOKIE}=` ? undefined : pair;
}
