import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { AppConfig } from '#libs/config';
import { configureHttp } from '#libs/http';
import { Clock, DOCUMENT_PROJECTIONS } from '#libs/meetings';
import { createTestDatabase } from '#libs/testing';
import { ApiModule } from '../../../apps/api/src/api.module.js';
import { baseUrlOf, type DemoSummary, loadDemo } from '../../../apps/worker/src/demo/demo-loader.js';
import { DEMO_PASSWORD, DEMO_TENANT } from '../../../apps/worker/src/demo/demo-people.js';
import { projectToHead } from '../../api/support/project-to-head.js';
import { TestClock } from '../../api/support/test-clock.js';

/** Every command of the demo is stamped with this time, so the documents are the same each run. */
export const DEMO_CLOCK = '2019-04-01T12:00:00Z';

export interface FetchedDocument {
  status: number;
  headers: Headers;
  text: string;
  bytes: Uint8Array;
}

/**
 * The production API on a database of its own, loaded with `npm run demo`'s data (seed 002 as
 * meeting 2/2019), with the document projections run to the head of the log.
 */
export async function startDemoDocuments() {
  const database = await createTestDatabase();
  const config = Object.assign(new AppConfig(), { workerInProcess: false, dbPoolSize: 6, logLevel: 'warn' });
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot({ config, databaseUrl: database.url })],
  })
    .overrideProvider(Clock)
    .useValue(new TestClock(DEMO_CLOCK))
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttp(app);
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
    meetingId: (which: 'previous' | 'seed' | 'next') => summary.meetings[which].meetingId,
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
