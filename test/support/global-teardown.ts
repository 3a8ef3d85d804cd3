import type { TestPostgres } from './test-postgres.js';

/** jest's globalTeardown: stops the server global-setup.ts started (if it did) and removes its folder. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { testPostgres?: TestPostgres }).testPostgres?.stop();
}
