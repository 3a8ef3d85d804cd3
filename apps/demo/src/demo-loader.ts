import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { AccountService } from '#libs/identity';
import { catchUpCarryOver } from './demo-carry-over.js';
import { type DemoSession, DemoApi } from './demo-client.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_TENANT, type DemoPersonKey } from './demo-people.js';
import { type Ids, personOf, record } from './demo-script.js';
import { type DemoSummary, isComplete, type LoadDemoOptions, readDemo, summaryOf } from './demo-state.js';

export type { DemoLogin, DemoMeeting, DemoSummary, LoadDemoOptions, ReturningItem } from './demo-state.js';

/**
 * Loads the demo organisation through the HTTP API, as its people would: seed 002 (the FSG/VSG of
 * Socialförvaltningen on 25 February 2019, "Bilaga till protokoll 2/2019") recorded, closed and
 * justerat, then the next meeting (25 March 2019) scheduled, whose agenda proposal brings back the
 * deferred item and the follow-ups due by then.
 *
 * Idempotent: when the demo is already there it only reads it back (`alreadyLoaded`). Every
 * command carries an Idempotency-Key derived from its step, so a load that stopped half-way is
 * completed by running it again, and the ids it creates (group, meetings, follow-ups) are derived
 * from the tenant and those keys.
 */
export async function loadDemo(app: INestApplication, options: LoadDemoOptions = {}): Promise<DemoSummary> {
  const step = async (name: string) => options.onStep?.(name);
  const api = new DemoApi(baseUrlOf(app));
  await step('accounts');
  const { ids, allExisted } = await ensureAccounts(app.get(AccountService));
  const sessions = new Map<DemoPersonKey, DemoSession>();
  const as = async (who: DemoPersonKey): Promise<DemoSession> => {
    let session = sessions.get(who);
    if (session === undefined) {
      session = await api.login(DEMO_TENANT, personOf(who).email, DEMO_PASSWORD);
      sessions.set(who, session);
    }
    return session;
  };
  try {
    // Every account there already: the demo may be loaded, or a load may have stopped half-way.
    const catchUp = () => catchUpCarryOver(app);
    if (allExisted) await catchUp();
    const found = allExisted ? await readDemo(as) : undefined;
    if (isComplete(found)) return summaryOf(true, ids, found);
    await record(as, ids, step, catchUp);
    await catchUp();
    const loaded = await readDemo(as);
    if (!isComplete(loaded)) throw new Error('the demo was recorded but its meetings cannot be read back');
    return summaryOf(false, ids, loaded);
  } finally {
    await Promise.all([...sessions.values()].map((session) => session.logout()));
  }
}

async function ensureAccounts(accounts: AccountService): Promise<{ ids: Ids; allExisted: boolean }> {
  const ids = {} as Ids;
  let allExisted = true;
  for (const person of DEMO_PEOPLE) {
    const existing = await accounts.findByEmail(DEMO_TENANT, person.email);
    if (existing === undefined) allExisted = false;
    const account =
      existing ??
      (await accounts.create({
        tenantId: DEMO_TENANT,
        email: person.email,
        displayName: person.name,
        password: DEMO_PASSWORD,
        roles: person.roles,
      }));
    ids[person.key] = account.id;
  }
  return { ids, allExisted };
}

/** Where the app listens (createDemoApp listens on 127.0.0.1, on a port of its own). */
export function baseUrlOf(app: INestApplication): string {
  const address = (app.getHttpServer() as { address(): AddressInfo | string | null }).address();
  if (address === null || typeof address === 'string') {
    throw new Error('the demo loader needs an app listening on a TCP port (createDemoApp does that)');
  }
  const host = ['0.0.0.0', '::'].includes(address.address)
    ? '127.0.0.1'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  return `http://${host}:${address.port}`;
}
