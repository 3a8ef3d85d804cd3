/**
 * Golden HTML: the demo meeting's documents (seed 002 as 2/2019, the kallelse of 3/2019 and that of
 * the APT's next meeting),
 * fetched over HTTP from the production API by a member of the group (Cornelia Sjöström, SSR),
 * compared byte for byte with test/documents/golden/. The demo runs on a fixed clock, and its ids
 * are derived (meetings from idempotency keys, accounts from their e-mail: see
 * support/demo-documents-app.ts), so the pages, the protocol's sha256 text hash included, are the
 * same on every run, in every time zone and on every PostgreSQL server. Nothing is masked.
 *
 * After a deliberate change to a template or a document builder:
 *   UPDATE_GOLDEN=1 npm test -- test/documents/golden-html.e2e.test.ts
 * writes the files instead of comparing; review them with `git diff test/documents/golden`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoEmail, type DemoDocuments, startDemoDocuments } from './support/demo-documents-app.js';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const MEMBER = demoEmail('cornelia.sjostrom');
/** The APT's ordförande (its notes and kallelser are its members' and the unit's employees'). */
const APT_CHAIR = demoEmail('agneta.ostberg');

/** Which meeting each golden page is of, by its file name. */
const PAGES = [
  { golden: 'protokoll.html', meeting: 'seed', file: 'protokoll.html' },
  { golden: 'minnesanteckningar.html', meeting: 'seed', file: 'minnesanteckningar.html' },
  { golden: 'protokollsutdrag-12.html', meeting: 'seed', file: 'protokollsutdrag-12.html' },
  // 3/2019 as it stands at the end of the demo: sent, then held (the protocol replaces it).
  { golden: 'kallelse.html', meeting: 'next', file: 'kallelse.html' },
  // The APT's meeting of 8 April, sent, with the FSG/VSG's answer to its question ("Svar från …").
  { golden: 'kallelse-apt.html', meeting: 'aptNext', file: 'kallelse.html', reader: APT_CHAIR },
] as const;

/**
 * Where two texts part, as a short unified diff: the changed run of lines (at most `maxLines` a
 * side) with two lines of context, long lines cut to a window around the first changed column.
 * A mismatch must not print a 100 KB string.
 */
function firstDifferences(
  expected: string,
  actual: string,
  names: { expected: string; actual: string },
  maxLines = 12,
): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  let first = 0;
  while (first < want.length && first < got.length && want[first] === got[first]) first++;
  let wantEnd = want.length;
  let gotEnd = got.length;
  while (wantEnd > first && gotEnd > first && want[wantEnd - 1] === got[gotEnd - 1]) {
    wantEnd--;
    gotEnd--;
  }
  const [a = '', b = ''] = [want[first], got[first]];
  let column = 0;
  while (column < a.length && column < b.length && a[column] === b[column]) column++;
  const left = Math.max(0, column - 80);
  const clip = (line: string) => {
    const cut = line.slice(left, left + 200);
    return `${left > 0 ? '…' : ''}${cut}${left + 200 < line.length ? '…' : ''}`;
  };
  const side = (lines: string[], start: number, end: number, sign: string) => {
    const picked = lines.slice(start, Math.min(end, start + maxLines)).map((line) => sign + clip(line));
    if (end - start > maxLines) picked.push(`${sign}… and ${end - start - maxLines} more line(s)`);
    return picked;
  };
  const before = want.slice(Math.max(0, first - 2), first);
  const after = want.slice(wantEnd, wantEnd + 2);
  const context = before.length + after.length;
  return [
    `--- ${names.expected}`,
    `+++ ${names.actual}`,
    `@@ -${first - before.length + 1},${wantEnd - first + context} +${first - before.length + 1},${gotEnd - first + context} @@` +
      (left > 0 ? ` (lines from column ${left + 1})` : ''),
    ...before.map((line) => ` ${clip(line)}`),
    ...side(want, first, wantEnd, '-'),
    ...side(got, first, gotEnd, '+'),
    ...after.map((line) => ` ${clip(line)}`),
  ].join('\n');
}

describe('golden HTML of the demo meeting’s documents', () => {
  let demo: DemoDocuments;

  beforeAll(async () => {
    demo = await startDemoDocuments();
    if (UPDATE) mkdirSync(GOLDEN, { recursive: true });
  });
  afterAll(() => demo?.close());

  it.each(PAGES)('$golden is byte for byte test/documents/golden/$golden', async (page) => {
    const path = `/api/meetings/${demo.meetingId(page.meeting)}/documents/${page.file}`;
    const fetched = await demo.get('reader' in page ? page.reader : MEMBER, path);
    expect(fetched.status).toBe(200);
    const goldenFile = join(GOLDEN, page.golden);

    if (UPDATE) {
      writeFileSync(goldenFile, fetched.bytes);
      console.log(
        `UPDATE_GOLDEN=1: wrote test/documents/golden/${page.golden} (${fetched.bytes.length} bytes)`,
      );
      return;
    }
    if (!existsSync(goldenFile)) {
      throw new Error(
        `test/documents/golden/${page.golden} is missing: run with UPDATE_GOLDEN=1 to write it`,
      );
    }
    const golden = readFileSync(goldenFile);
    if (Buffer.compare(golden, Buffer.from(fetched.bytes)) !== 0) {
      throw new Error(
        `${page.file} differs from test/documents/golden/${page.golden} ` +
          `(${golden.length} bytes expected, ${fetched.bytes.length} received). ` +
          'If the change is intended, run with UPDATE_GOLDEN=1 and review the diff.\n' +
          firstDifferences(golden.toString('utf8'), fetched.text, {
            expected: `test/documents/golden/${page.golden}`,
            actual: `GET ${path}`,
          }),
      );
    }
  });
});
