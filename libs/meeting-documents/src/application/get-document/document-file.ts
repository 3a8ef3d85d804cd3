import { documentError } from './document-errors.js';

export const DOCUMENT_FORMATS = ['html', 'pdf', 'json', 'ics'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** A document of a meeting as its URL names it: `protokoll.pdf`, `kallelse.ics`, `protokollsutdrag-7.html`. */
export interface DocumentFile {
  kind: 'protokoll' | 'minnesanteckningar' | 'kallelse' | 'protokollsutdrag';
  /** The § of a protokollsutdrag. */
  paragraph?: number;
  format: DocumentFormat;
}

const FILE = /^(protokoll|minnesanteckningar|kallelse|protokollsutdrag-(\d{1,4}))\.(html|pdf|json|ics)$/;

/**
 * Parses a document file name. Only the kallelse has an .ics; anything else that does not name a
 * document is 404 DOCUMENT.UNKNOWN, as a page that does not exist.
 */
export function parseDocumentFile(file: string): DocumentFile {
  const match = FILE.exec(file);
  const [, name, paragraph, format] = match ?? [];
  if (!match || (format === 'ics' && name !== 'kallelse')) {
    throw documentError.unknown(file);
  }
  return paragraph === undefined
    ? { kind: name as DocumentFile['kind'], format: format as DocumentFormat }
    : { kind: 'protokollsutdrag', paragraph: Number(paragraph), format: format as DocumentFormat };
}
