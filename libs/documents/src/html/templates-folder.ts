import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATES_IN_REPOSITORY = join('libs', 'documents', 'templates');

/**
 * Finds `libs/documents/templates` from where this module runs. A fixed relative path cannot serve
 * both ways the code runs: from source (jest, tsx) this file is libs/documents/src/html/, three
 * levels below the repository root; from the build it is dist/libs/documents/src/html/, four
 * levels down, and tsc does not copy the .hbs files into dist. Walking up until a folder holds
 * libs/documents/templates finds the one copy of the templates in both cases.
 */
export function findTemplatesFolder(fromModuleUrl: string = import.meta.url): string {
  return findRepositoryFolder(TEMPLATES_IN_REPOSITORY, fromModuleUrl);
}

/**
 * A folder of the repository (`libs/web/templates`) that tsc does not copy into dist, found by
 * walking up from the module at `fromModuleUrl` (see findTemplatesFolder for why).
 */
export function findRepositoryFolder(folderInRepository: string, fromModuleUrl: string): string {
  const start = dirname(fileURLToPath(fromModuleUrl));
  for (let folder = start; ; folder = dirname(folder)) {
    const candidate = join(folder, folderInRepository);
    if (isFolder(candidate)) return candidate;
    if (dirname(folder) === folder) {
      throw new Error(`No ${folderInRepository} folder in ${start} or any folder above it`);
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
