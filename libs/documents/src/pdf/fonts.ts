import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfMakeFontFamily, PdfMakeVirtualFs } from 'pdfmake';
import { codePointsOf } from './font-coverage.js';

/** The one font family every document uses. Roboto covers å ä ö and is embedded in the PDF. */
export const FONT_FAMILY = 'Roboto';

// pdfmake ships Roboto without a Bold cut; Medium is what pdfmake's own examples use for bold.
const ROBOTO_FILES: PdfMakeFontFamily = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
};

export interface EmbeddedFonts {
  families: Record<string, PdfMakeFontFamily>;
  /** The font files, in memory, where pdfmake looks before the disk. */
  files: PdfMakeVirtualFs;
  /** The characters every style of the family has a glyph for. */
  codePoints: ReadonlySet<number>;
}

let loaded: EmbeddedFonts | undefined;

/**
 * Roboto from pdfmake's own package, read from disk once per process. Resolved through the package
 * (not a path relative to this file), so it works from the sources and from dist/ alike.
 */
export function embeddedFonts(): EmbeddedFonts {
  loaded ??= loadRoboto();
  return loaded;
}

function loadRoboto(): EmbeddedFonts {
  const packageJson = createRequire(import.meta.url).resolve('pdfmake/package.json');
  const directory = join(dirname(packageJson), 'fonts', 'Roboto');
  const files = new InMemoryFiles();
  const coverage: Set<number>[] = [];
  for (const file of Object.values(ROBOTO_FILES)) {
    const content = readFileSync(join(directory, file));
    files.writeFileSync(file, content);
    coverage.push(codePointsOf(content));
  }
  const [first, ...others] = coverage;
  const codePoints = new Set([...first].filter((code) => others.every((set) => set.has(code))));
  return { families: { [FONT_FAMILY]: ROBOTO_FILES }, files, codePoints };
}

class InMemoryFiles implements PdfMakeVirtualFs {
  private readonly files = new Map<string, Buffer>();

  existsSync(filename: string): boolean {
    return this.files.has(filename);
  }

  readFileSync(filename: string): Buffer {
    const content = this.files.get(filename);
    if (!content) throw new Error(`No embedded file "${filename}"`);
    return content;
  }

  writeFileSync(filename: string, content: Buffer): void {
    this.files.set(filename, content);
  }
}
