/**
 * Pictures of the demo meeting's documents for reviewing the layout by eye:
 *
 *   npx tsx test/system/screenshots.ts
 *
 * Starts the production API on a database of its own (an embedded PostgreSQL, or the server in
 * DATABASE_URL) with the demo loaded, as the document tests do, and writes into .tmp/screens/:
 * - <document>.screen.png: the whole HTML page as chromium shows it on screen;
 * - <document>.print.pdf and <document>.print-<n>.png: chromium's print of that page, pages 1 and 2;
 * - <document>.api.pdf and <document>.api-<n>.png: the PDF the API serves (pdfkit), pages 1 and 2.
 * Needs chromium and poppler-utils (pdftoppm), as `npm run test:system` does.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { register } from 'node:module';
import { join } from 'node:path';

// tsx's esbuild emits no decorator metadata, which Nest's dependency injection needs: compile the
// project's .ts files with swc, as jest does, before anything Nest builds is imported.
register('./support/swc-decorator-hooks.ts', import.meta.url);

const { startTestPostgres } = await import('../support/test-postgres.js');
const { demoEmail, startDemoDocuments } = await import('../documents/support/demo-documents-app.js');
const { baseUrlOf } = await import('../../apps/demo/src/demo-loader.js');
const { launchChromium } = await import('./support/chromium.js');
const { signIn } = await import('./support/demo-session.js');
const { output } = await import('./support/system-programs.js');

const SCREENS = join(process.cwd(), '.tmp', 'screens');
const DOCUMENTS = [
  { name: 'protokoll-2-2019', meeting: 'seed', file: 'protokoll' },
  { name: 'minnesanteckningar-2-2019', meeting: 'seed', file: 'minnesanteckningar' },
  { name: 'kallelse-3-2019', meeting: 'next', file: 'kallelse' },
] as const;

await rm(SCREENS, { recursive: true, force: true });
await mkdir(SCREENS, { recursive: true });
const postgres = await startTestPostgres(process.cwd());
try {
  const demo = await startDemoDocuments();
  try {
    const baseUrl = baseUrlOf(demo.app);
    const member = await signIn(baseUrl, demoEmail('cornelia.sjostrom'));
    const browser = await launchChromium();
    try {
      await browser.context.addCookies([{ name: member.name, value: member.value, url: baseUrl }]);
      for (const { name, meeting, file } of DOCUMENTS) {
        const path = `/api/meetings/${demo.meetingId(meeting)}/documents/${file}`;
        const page = await browser.context.newPage();
        try {
          const response = await page.goto(`${baseUrl}${path}.html`);
          if (response?.status() !== 200) throw new Error(`${path}.html answered ${response?.status()}`);
          await page.screenshot({ path: join(SCREENS, `${name}.screen.png`), fullPage: true });
          const printed = join(SCREENS, `${name}.print.pdf`);
          await writeFile(printed, await page.pdf({ preferCSSPageSize: true }));
          await output('pdftoppm', [
            '-png',
            '-r',
            '60',
            '-f',
            '1',
            '-l',
            '2',
            printed,
            printed.replace(/\.pdf$/, ''),
          ]);
        } finally {
          await page.close();
        }
        const served = await fetch(`${baseUrl}${path}.pdf`, { headers: { cookie: member.header } });
        if (!served.ok) throw new Error(`${path}.pdf answered ${served.status}`);
        const api = join(SCREENS, `${name}.api.pdf`);
        await writeFile(api, new Uint8Array(await served.arrayBuffer()));
        await output('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', api, api.replace(/\.pdf$/, '')]);
      }
    } finally {
      await browser.close();
    }
  } finally {
    await demo.close();
  }
} finally {
  await postgres.stop();
}
console.log(`Screenshots in ${SCREENS}:\n${(await output('ls', ['-1', SCREENS])).trimEnd()}`);
