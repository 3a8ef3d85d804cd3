import pg from 'pg';

/**
 * One connection per process that (1) holds a session advisory lock per projection it runs, so
 * each projection has one owner across all processes, released by PostgreSQL itself if the
 * process dies, and (2) LISTENs for appends, a wake-up only: runners poll regardless.
 */
export class ProjectionLeases {
  private client?: pg.Client;
  private readonly held = new Set<string>();
  private waiters = new Set<(woken: boolean) => void>();
  private isClosed = false;
  /**
   * The runners of every projection share this one connection and ask for their locks at the same
   * time. pg queues overlapping queries on a client but warns (DeprecationWarning, removed in
   * pg 9), so the lock queries go one after another through this chain.
   */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly connectionString: string) {}

  async open(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: 'samverkan-leases',
    });
    client.on('notification', () => this.wakeAll());
    // A lost connection loses every lock with it: runners see `holds() === false` and stand by.
    client.on('error', () => this.lose(client));
    client.on('end', () => this.lose(client));
    await client.connect();
    await client.query('LISTEN es_appended');
    this.client = client;
  }

  holds(projection: string): boolean {
    return this.held.has(projection);
  }

  tryAcquire(projection: string): Promise<boolean> {
    return this.serially(() => this.acquire(projection));
  }

  private async acquire(projection: string): Promise<boolean> {
    if (this.held.has(projection)) return true;
    if (!this.client) {
      if (this.isClosed) return false;
      await this.open().catch(() => undefined);
      if (!this.client) return false;
    }
    const { rows } = await this.client.query<{ ok: boolean }>(
      "SELECT pg_try_advisory_lock(hashtextextended('projection:' || $1, 0)) AS ok",
      [projection],
    );
    if (rows[0].ok) this.held.add(projection);
    return rows[0].ok;
  }

  release(projection: string): Promise<void> {
    return this.serially(async () => {
      if (!this.held.delete(projection) || !this.client) return;
      await this.client
        .query("SELECT pg_advisory_unlock(hashtextextended('projection:' || $1, 0))", [projection])
        .catch(() => undefined);
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves on the next append notification, on `wakeAll`, or after `ms`. */
  /** Resolves after `ms`, or sooner on an append anywhere: true when an append woke it. */
  wait(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (woken: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve(woken);
      };
      const timer = setTimeout(() => done(false), ms);
      this.waiters.add(done);
    });
  }

  wakeAll(): void {
    for (const waiter of [...this.waiters]) waiter(true);
  }

  /** After close nothing can be owned any more: runners using these leases end their loops. */
  get closed(): boolean {
    return this.isClosed;
  }

  async close(): Promise<void> {
    this.isClosed = true;
    this.wakeAll();
    const client = this.client;
    this.client = undefined;
    this.held.clear();
    await client?.end().catch(() => undefined);
  }

  private lose(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.held.clear();
    this.wakeAll();
  }
}
