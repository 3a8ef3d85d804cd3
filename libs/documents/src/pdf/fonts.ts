import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepositoryFolder } from '../html/templates-folder.js';
import { codePointsOf } from './font-coverage.js';

/** The four cuts of the one family every document uses; Medium serves as bold. */
export type FontCut = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** Roboto covers å ä ö and is embedded in the PDF (libs/documents/fonts/Roboto/README.md). */
const ROBOTO_FILES: Record<FontCut, string> = {
  regular: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italic: 'Roboto-Italic.ttf',
  boldItalic: 'Roboto-MediumItalic.ttf',
};

export interface EmbeddedFonts {
  /** Each cut's font file, in memory. */
  files: Record<FontCut, Buffer>;
  /** The characters every cut has a glyph for. */
  codePoints: ReadonlySet<number>;
}

let loaded: EmbeddedFonts | undefined;

/** Roboto, read from disk once per process. */
export function embeddedFonts(): EmbeddedFonts {
  loaded ??= loadRoboto();
  return loaded;
}

function loadRoboto(): EmbeddedFonts {
  // tsc does not copy the font files into dist: the one copy is found from sources and dist alike.
  const folder = findRepositoryFolder(join('libs', 'documents', 'fonts', 'Roboto'), import.meta.url);
  const files = Object.fromEntries(
    Object.entries(ROBOTO_FILES).map(([cut, file]) => [cut, readFileSync(join(folder, file))]),
  ) as Record<FontCut, Buffer>;
  const [first, ...others] = Object.values(files).map(codePointsOf);
  const codePoints = new Set([...first].filter((code) => others.every((set) => set.has(code))));
  return { files, codePoints };
}
