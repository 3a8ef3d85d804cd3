import { embeddedSettings } from './service-data.js';
import { type ServiceProcess, startService, waitForExit } from './service-process.js';

/**
 * Runs a built command-line tool (`npm run rebuild -- <args>`, `npm run dead-letters -- <args>`) against
 * a service's DATA_DIR and waits for it to exit. EMBEDDED_PG_PORT counts only when no server runs
 * there; never the default 54329, which a developer's own `npm start` may be using.
 */
export async function runServiceCommand(
  entry: Parameters<typeof startService>[0],
  dataDir: string,
  args: string[],
): Promise<ServiceProcess & { code: number | null }> {
  const { EMBEDDED_PG_PORT } = (await embeddedSettings(dataDir)).settings;
  const command = startService(entry, { DATA_DIR: dataDir, EMBEDDED_PG_PORT }, { args });
  const { code } = await waitForExit(command, 60_000);
  return Object.assign(command, { code });
}
