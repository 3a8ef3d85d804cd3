import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestPostgres } from './test-postgres.js';

/**
 * jest's globalSetup. Jest loads this file through its CommonJS require hook, where our ESM
 * sources (`.js` suffixes on .ts files, #libs paths) do not resolve, so the work is done in
 * test-postgres.ts, loaded with tsx's ESM loader (which reads tsconfig paths). The jest config's
 * swc `ignoreDynamic` keeps the import() below a real one.
 */
export default async function globalSetup(
  _globalConfig: unknown,
  project: { rootDir: string },
): Promise<void> {
  const { tsImport } = await import('tsx/esm/api');
  const parentUrl = pathToFileURL(join(project.rootDir, 'test', 'support', 'global-setup.ts')).href;
  const { startTestPostgres } = (await tsImport(
    './test-postgres.ts',
    parentUrl,
  )) as typeof import('./test-postgres.js');
  (globalThis as { testPostgres?: TestPostgres }).testPostgres = await startTestPostgres(project.rootDir);
}
