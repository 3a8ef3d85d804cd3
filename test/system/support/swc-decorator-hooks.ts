/**
 * Module hooks for scripts run with tsx (`npx tsx test/system/screenshots.ts`): tsx compiles with
 * esbuild, which emits no decorator metadata, and Nest's dependency injection needs it. These
 * hooks compile the project's own .ts files with swc, as jest does (jest.config.js); tsx still
 * resolves them (`.js` suffixes, #libs paths). Register before importing anything Nest builds.
 */
import { readFile } from 'node:fs/promises';
import type { LoadHook } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transform } from '@swc/core';

export const load: LoadHook = async (url, context, nextLoad) => {
  const file = url.startsWith('file:') ? new URL(url) : undefined;
  if (!file || !file.pathname.endsWith('.ts') || file.pathname.includes('/node_modules/')) {
    return nextLoad(url, context);
  }
  const filename = fileURLToPath(file);
  const { code } = await transform(await readFile(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'es6' },
  });
  return { format: 'module', source: code, shortCircuit: true };
};
