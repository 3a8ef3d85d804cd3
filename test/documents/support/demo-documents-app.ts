import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import { configureHttp, setupOpenApi } from '#libs/http';
import {
  type Account,
  AccountService,
  type Clock as IdentityClock,
  IDENTITY_CLOCK,
  type NewAccount,
  PasswordHasher,
} from '#libs/identity';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { ApiModule } from '#libs/service';
import { Clock } from '#libs/shared-kernel';
import { createTestDatabase } from '#libs/testing';
import { baseUrlOf, type DemoSummary, loadDemo } from '../../../apps/demo/src/demo-loader.js';
import { DEMO_PASSWORD, DEMO_TENANT } from '../../../apps/demo/src/demo-people.js';
import { projectToHead } from '../../api/support/project-to-head.js';
import { TestClock } from '../../api/support/test-clock.js';

/** Every command of the demo is stamped with this time, so the documents are the same each run. */
export const DEMO_CLOCK = '2019-04-01T12:00:00Z';

/**
 * Account ids are random (randomUUID) in production. The demo's people enter the meeting's stream
 * by account id (attendance, justerare), and the protocol's text hash covers them, so with random
 * ids the "Kontrollsumma" of the justerat protocol changes every run. Here an account's id is
 * derived from its tenant and e-mail instead. The account is renamed right after it is made,
 * before any session or token refers to it.
 */
class DemoAccounts extends AccountService {
  constructor(
    private readonly db: DataSource,
    hasher: PasswordHasher,
    clock: IdentityClock,
  ) {
    super(db, hasher, clock);
  }

  override async create(input: NewAccount): Promise<Account> {
    const account = await super.create(input);
    const id = derivedUuid(`${account.tenantId}\n${account.email.toLowerCase()}`);
    await this.db.query('UPDATE identity_accounts SET id = $1 WHERE id = $2', [id, account.id]);
    return { ...account, id };
  }
}

/** A version 8 (custom) UUID from the SHA-256 of `name`. */
function derivedUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface FetchedDocument {
  status: number;
  headers: Headers;
  text: string;
  bytes: Uint8Array;
}

/**
 * The production API on a database of its own, loaded with `npm run demo`'s data (seed 002 as
 * meeting 2/2019), with the document projections run to the head of the log. The clock is fixed
 * and the demo's ids (group, meetings, follow-ups from idempotency keys, accounts from their
 * e-mail) are derived, so the documents are the same bytes on every run and every server.
 */
export async function startDemoDocuments() {
  const database = await createTestDatabase();
  const config = Object.assign(new AppConfig(), { workerInProcess: false, dbPoolSize: 6, logLevel: 'warn' });
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot({ config, databaseUrl: database.url })],
  })
    .overrideProvider(Clock)
    .useValue(new TestClock(DEMO_CLOCK))
    .overrideProvider(AccountService)
    .useFactory({
      factory: (db: DataSource, hasher: PasswordHasher, clock: IdentityClock) =>
        new DemoAccounts(db, hasher, clock),
      inject: [DataSource, PasswordHasher, IDENTITY_CLOCK],
    })
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttp(app);
  // As main.ts serves it: the typed client of test/api/openapi-validity is generated from it.
  setupOpenApi(app, 'api/docs');
  await app.listen(0, '127.0.0.1');
  const summary: DemoSummary = await loadDemo(app);
  await projectToHead(app, DOCUMENT_PROJECTIONS);
  const baseUrl = baseUrlOf(app);

  const sessions = new Map<string, string>();
  async function cookieOf(email: string): Promise<string> {
    const known = sessions.get(email);
    if (known) return known;
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: DEMO_TENANT, email, password: DEMO_PASSWORD }),
    });
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
    if (!response.ok || !cookie) throw new Error(`cannot sign in ${email}: ${response.status}`);
    sessions.set(email, cookie);
    return cookie;
  }

  return {
    app,
    summary,
    /** As the configured admin: for a command run against this database (it migrates first). */
    databaseUrl: database.url,
    meetingId: (which: keyof DemoSummary['meetings']) => summary.meetings[which].meetingId,
    /** GET as the demo person with this e-mail. */
    async get(email: string, path: string): Promise<FetchedDocument> {
      const response = await fetch(`${baseUrl}${path}`, { headers: { cookie: await cookieOf(email) } });
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        status: response.status,
        headers: response.headers,
        text: new TextDecoder().decode(bytes),
        bytes,
      };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export type DemoDocuments = Awaited<ReturnType<typeof startDemoDocuments>>;

export const demoEmail = (localPart: string) => `${localPart}@demo.exempelstad.se`;
