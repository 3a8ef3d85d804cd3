import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collapse } from '../../documents/support/seed-002-expectations.js';

export { collapse };

/**
 * The system programs the system tests read PDFs with: pdftotext and pdfinfo (poppler-utils) and
 * qpdf, installed by .ci/run with apt-get. Run with execFile, never through a shell.
 */
export interface ProgramResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end; a non-zero exit is a result, not an exception. */
export function run(program: string, args: readonly string[]): Promise<ProgramResult> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(new Error(`cannot run ${program}: ${error.message}`));
        return;
      }
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** Like run(), but a non-zero exit or anything on stderr throws. */
export async function output(program: string, args: readonly string[]): Promise<string> {
  const result = await run(program, args);
  if (result.code !== 0) {
    throw new Error(`${program} ${args.join(' ')} exited with ${result.code}: ${result.stderr}`);
  }
  return result.stdout;
}

/** A fresh temporary folder, removed by remove(). */
export async function tempFolder(prefix: string) {
  const path = await mkdtemp(join(tmpdir(), `${prefix}-`));
  return {
    path,
    async write(name: string, bytes: Uint8Array): Promise<string> {
      const file = join(path, name);
      await writeFile(file, bytes);
      return file;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

export interface PrintedPage {
  /** The page head: every line down to and including "SID x(y)" (title, date, DNR, UTKAST). */
  head: string;
  /** The rest of the page, as pdftotext gave it. */
  body: string;
}

export interface PrintedText {
  pages: PrintedPage[];
  /** The bodies of all pages joined, whitespace collapsed: a paragraph broken by a page break reads as one. */
  body: string;
}

/** A page head is at most this many lines of pdftotext's output down to its "SID x(y)". */
const HEAD_LINES = 8;
const PAGE_NUMBER = /SID \d+\(\d+\)/;

/**
 * The text of a PDF by pdftotext (-layout keeps the columns of the page head on one line; plain
 * reading order gives them a line each), split into pages at the form feeds pdftotext writes, and
 * each page into its head and its body.
 */
export async function printedText(file: string, mode: 'layout' | 'plain'): Promise<PrintedText> {
  const text = await output('pdftotext', [
    ...(mode === 'layout' ? ['-layout'] : []),
    '-enc',
    'UTF-8',
    file,
    '-',
  ]);
  const pages = text
    .split('\f')
    .filter((page, index, all) => index < all.length - 1 || page.trim() !== '')
    .map(splitHead);
  return { pages, body: collapse(pages.map((page) => page.body).join('\n')) };
}

function splitHead(page: string): PrintedPage {
  const lines = page.split('\n');
  const last = lines.findIndex((line) => PAGE_NUMBER.test(line));
  const headLines = lines.slice(0, last + 1).filter((line) => line.trim() !== '');
  if (last < 0 || headLines.length > HEAD_LINES) return { head: '', body: page };
  return { head: collapse(headLines.join('\n')), body: lines.slice(last + 1).join('\n') };
}
