import type { Session } from './service-client.js';

/**
 * A client that does what a careful client of the API should: every command with an
 * Idempotency-Key of its own, and when the answer does not come (a refused or cut connection, a
 * timeout) or is 503, the same request with the same key again until it gets a real answer. Each
 * request is written down with what became of it, for the fault tests to check against the log.
 */
export interface SentCommand {
  client: string;
  /** The signed-in account: the command id is sha256 of it and the key (commandIdFor). */
  actor: string;
  key: string;
  method: string;
  path: string;
  attempts: number;
  networkErrors: number;
  unavailable: number;
  /** The final status; 2xx means acknowledged. */
  status?: number;
}

export class CarefulClient {
  private count = 0;

  constructor(
    readonly name: string,
    private readonly session: Session,
    private readonly actor: string,
    readonly ledger: SentCommand[],
    private readonly giveUpAt: number,
  ) {}

  /** Sends until answered; returns the 2xx body, throws on any other final answer. */
  async command<T>(method: 'POST' | 'PUT', path: string, body: unknown = {}): Promise<T> {
    const key = `${this.name}-${++this.count}`;
    const sent: SentCommand = {
      client: this.name,
      actor: this.actor,
      key,
      method,
      path,
      attempts: 0,
      networkErrors: 0,
      unavailable: 0,
    };
    this.ledger.push(sent);
    for (;;) {
      sent.attempts++;
      let response: Response;
      let text: string;
      try {
        response = await fetch(`http://127.0.0.1:${this.session.port}${path}`, {
          method,
          headers: {
            cookie: this.session.cookie,
            'content-type': 'application/json',
            'idempotency-key': key,
            // Every event a request causes carries it: the test finds a request's events by it.
            'x-correlation-id': key,
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(15_000),
        });
        text = await response.text();
      } catch (error) {
        sent.networkErrors++;
        if (Date.now() > this.giveUpAt)
          throw new Error(`${method} ${path} (${key}): no answer`, { cause: error });
        await pause(200);
        continue;
      }
      if (response.status === 503 && Date.now() < this.giveUpAt) {
        sent.unavailable++;
        await pause(Number(response.headers.get('retry-after') ?? 1) * 100); // a tenth of Retry-After: a test's patience
        continue;
      }
      sent.status = response.status;
      if (response.ok) return (text === '' ? undefined : JSON.parse(text)) as T;
      throw new Error(`${method} ${path} (${key}) answered ${response.status}: ${text}`);
    }
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
