import { ReadRouting, replicaLoginUrl } from './read-routing.js';

describe('replicaLoginUrl', () => {
  const app = 'postgres://samverkan_app:h%C3%A4mligt@db.internal:5432/samverkan?sslmode=require';

  it("is the app login at the replica's address", () => {
    const url = new URL(replicaLoginUrl(app, 'postgresql://admin:x@db-replica.internal:6432/samverkan'));
    expect([url.username, decodeURIComponent(url.password)]).toEqual(['samverkan_app', 'hämligt']);
    expect([url.hostname, url.port, url.pathname]).toEqual(['db-replica.internal', '6432', '/samverkan']);
    expect(url.searchParams.get('sslmode')).toBe('require');
  });

  it("takes the replica's database and options when it names them", () => {
    const url = new URL(
      replicaLoginUrl(app, 'postgres://r:5433/other?sslmode=verify-full&target_session_attrs=read-only'),
    );
    expect(url.pathname).toBe('/other');
    expect(url.searchParams.get('sslmode')).toBe('verify-full');
    expect(url.searchParams.get('target_session_attrs')).toBe('read-only');
  });
});

describe('ReadRouting.decide, before any database is asked', () => {
  // Pools connect lazily: these decisions are made without a query, so no server is needed.
  const routing = new ReadRouting({
    appUrl: 'postgres://samverkan_app:x@127.0.0.1:1/samverkan',
    readUrl: 'postgres://127.0.0.1:1/samverkan',
    poolSize: 1,
    waitMs: 0,
  });
  afterAll(() => routing.end());

  it('sends a caller with no write to the replica at once', async () => {
    expect(await routing.decide('exempelstad/åsa')).toEqual({ target: 'replica', reason: 'no-write' });
  });

  it('sends a caller whose write is still running to the primary (a redirect can overtake its end)', async () => {
    const write = routing.beginWrite('exempelstad/örjan');
    expect(await routing.decide('exempelstad/örjan')).toEqual({ target: 'primary', reason: 'write-running' });
    expect(await routing.decide('exempelstad/åsa')).toMatchObject({ target: 'replica' });
    write.ended();
    expect(await routing.decide('exempelstad/örjan')).toEqual({ target: 'replica', reason: 'no-write' });
  });

  it('is off without a read URL: nothing is routed', () => {
    const off = new ReadRouting({ appUrl: 'postgres://a@127.0.0.1:1/x', poolSize: 1, waitMs: 0 });
    const pool = {} as never;
    expect(off.enabled).toBe(false);
    expect(off.routePool(pool)).toBe(pool);
  });
});
