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
  const start = dirname(fileURLToPath(fromModuleUrl));
  for (let folder = start; ; folder = dirname(folder)) {
    const candidate = join(folder, TEMPLATES_IN_REPOSITORY);
    if (isFolder(candidate)) return candidate;
    if (dirname(folder) === folder) {
      throw new Error(`No ${TEMPLATES_IN_REPOSITORY} folder in ${start} or any folder above it`);
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
