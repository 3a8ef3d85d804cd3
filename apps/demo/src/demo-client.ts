import { SESSION_COOKIE } from '#libs/identity';

/**
 * A small client of the HTTP API for the demo loader, on Node's fetch (no dependency). Every
 * request goes with the signed-in person's own session cookie, so the history says who did what,
 * and every command with an Idempotency-Key, so a load that stopped half-way can be run again: the
 * commands it had sent are answered as the first time and record nothing new.
 */
export class DemoRequestError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    const problem = body as { code?: string; detail?: string; message?: string } | undefined;
    const reason = [problem?.code, problem?.detail ?? problem?.message].filter(Boolean).join(': ');
    super(`${method} ${path} answered ${status}${reason ? ` (${reason})` : ''}`);
    this.name = 'DemoRequestError';
  }
}

/** Ties every event the demo records together in the history. */
export const DEMO_CORRELATION_ID = 'demo-load';

type Method = 'GET' | 'POST' | 'PUT';

export class DemoApi {
  constructor(readonly baseUrl: string) {}

  /** POST /api/auth/login; the session cookie it sets is sent with every request of the session. */
  async login(tenant: string, email: string, password: string): Promise<DemoSession> {
    const response = await fetch(`${this.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant, email, password }),
    });
    if (!response.ok) {
      throw new DemoRequestError(
        'POST',
        `/api/auth/login (${email})`,
        response.status,
        await bodyOf(response),
      );
    }
    const cookie = response.headers
      .getSetCookie()
      .map((header) => header.split(';')[0] as string)
      .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
    if (cookie === undefined) throw new Error(`signing in ${email} set no session cookie`);
    return new DemoSession(this.baseUrl, cookie);
  }
}

export class DemoSession {
  constructor(
    private readonly baseUrl: string,
    private readonly cookie: string,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  /** A command: `key` is its Idempotency-Key, unique per request in the demo. */
  post<T>(path: string, key: string, body: unknown = {}): Promise<T> {
    return this.send<T>('POST', path, key, body);
  }

  put<T>(path: string, key: string, body: unknown): Promise<T> {
    return this.send<T>('PUT', path, key, body);
  }

  async logout(): Promise<void> {
    await fetch(`${this.baseUrl}/api/auth/logout`, { method: 'POST', headers: { cookie: this.cookie } });
  }

  private async send<T>(method: Method, path: string, key?: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { cookie: this.cookie, 'x-correlation-id': DEMO_CORRELATION_ID };
    if (key !== undefined) headers['idempotency-key'] = key;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await bodyOf(response);
    if (!response.ok) throw new DemoRequestError(method, path, response.status, answer);
    return answer as T;
  }
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
