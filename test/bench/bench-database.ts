import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '#libs/database';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The server a benchmark measures: DATABASE_URL if set, else a fresh embedded one. */
export async function benchServer(): Promise<{ url: string; label: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, label: 'DATABASE_URL', stop: async () => undefined };
  const dataDir = mkdtempSync(join(process.cwd(), '.tmp', 'bench-pg-'));
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    log: { log: () => undefined, warn: (message) => console.error(message) },
  });
  process.env.DATABASE_URL = server.url;
  return {
    url: server.url,
    label: 'embedded PostgreSQL',
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
