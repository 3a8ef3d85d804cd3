/**
 * The words a reader sees in a document, for comparing its HTML page with its PDF: the page head
 * left out (the HTML prints it above the sheet, the PDF in its top margin on every page), white
 * space collapsed, and a line break after a hyphen or slash in the PDF (where pdf.js splits a
 * word that wrapped) joined again, on both sides alike.
 */
import { readPdf } from './read-pdf.fixtures.js';
import { visibleText } from './visible-text.js';

const joinWrapped = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/([-/–]) /g, '$1')
    .trim();

export function htmlWords(html: string): string[] {
  const withoutHead = html.replace(/<header class="page-head">[\s\S]*?<\/header>/, '');
  return joinWrapped(visibleText(withoutHead)).split(' ');
}

export async function pdfWords(pdf: Uint8Array): Promise<string[]> {
  return joinWrapped((await readPdf(pdf)).text).split(' ');
}

/** Where two word lists part, with a few words of context, or undefined when they say the same. */
export function firstDifference(expected: string[], actual: string[]): string | undefined {
  let at = 0;
  while (at < expected.length && at < actual.length && expected[at] === actual[at]) at++;
  if (at === expected.length && at === actual.length) return undefined;
  const around = (words: string[]) => words.slice(Math.max(0, at - 8), at + 8).join(' ');
  return `word ${at + 1}:\n  HTML: …${around(expected)}…\n  PDF:  …${around(actual)}…`;
}
