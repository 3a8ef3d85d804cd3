import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's chromium binary: the /usr/bin/chromium wrapper script misbehaves under automation (STACK.md). */
export const CHROMIUM = '/usr/lib/chromium/chromium';

/** As STACK.md lists them; without the background-networking flags the closed network refuses many connections. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Debian's chromium, driven by playwright-core (which never downloads a browser of its own), with a
 * fresh user-data-dir in a temporary folder, removed on close.
 */
export async function launchChromium(): Promise<Chromium> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: 'sv-SE',
    viewport: { width: 1100, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
