/**
 * A justerat protocol edited in the read model (as the app's own database role can: it writes
 * rm_documents) is refused in every format, logged, and reported by `npm run verify-documents`;
 * the other documents are still served, and a rebuild of the projection repairs it.
 */
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { demoEmail, type DemoDocuments, startDemoDocuments } from './support/demo-documents-app.js';
import { serviceTestHooks, startService, waitForExit } from '../service/service-process.js';

serviceTestHooks(); // builds the service: the commands run as built, as `npm run` runs them

const MEMBER = demoEmail('cornelia.sjostrom');
/** The demo's HR account, an archivist: the archive package is built from the same checked rows. */
const ARCHIVIST = demoEmail('hanna.ohman');
const FORGED = 'Arbetsgivaren beslutar ensam';

describe('tamper-evident documents', () => {
  let demo: DemoDocuments;
  let revision: number;
  const seed = (file: string) => `/api/meetings/${demo.meetingId('seed')}/documents/${file}`;
  const sql = (text: string, parameters: unknown[] = []) => demo.app.get(DataSource).query(text, parameters);

  /** `npm run <command>` against the demo's database, as an operator would run it. */
  async function run(command: 'verify-documents' | 'rebuild', ...args: string[]) {
    const started = startService(command, { DATABASE_URL: demo.databaseUrl, LOG_LEVEL: 'warn' }, { args });
    const { code } = await waitForExit(started, 60_000);
    const lines = started
      .stdout()
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('{'));
    return { code, lines, stderr: started.stderr() };
  }

  const refusal = (text: string) => JSON.parse(text) as { code: string; detail?: string };

  beforeAll(async () => {
    demo = await startDemoDocuments();
    const [latest] = await sql(
      `SELECT max(revision) AS revision FROM rm_documents WHERE tenant_id = 'demo' AND meeting_id = $1 AND kind = 'protokoll'`,
      [demo.meetingId('seed')],
    );
    revision = latest.revision as number;
  }, 120_000);
  afterAll(() => demo?.close());
  afterEach(() => jest.restoreAllMocks());

  it('finds nothing wrong with the demo as the log made it', async () => {
    expect((await demo.get(MEMBER, seed('protokoll.json'))).status).toBe(200);
    const verify = await run('verify-documents');
    // The justerat protokoll and its minnesanteckningar, one revision each.
    expect(verify.lines).toEqual(['verify-documents: 2 checked, 0 mismatched']);
    expect(verify.code).toBe(0);
  });

  it('refuses an edited justerat protocol in every format, logs it, and still serves the rest', async () => {
    const [, updated] = await sql(
      `UPDATE rm_documents SET document = jsonb_set(document, '{sections,1,paragraphs,0,title}', to_jsonb($2::text), false)
       WHERE tenant_id = 'demo' AND meeting_id = $1 AND kind = 'protokoll' AND revision = $3`,
      [demo.meetingId('seed'), FORGED, revision],
    );
    expect(updated).toBe(1);
    const errors = jest.spyOn(Logger.prototype, 'error');

    for (const file of [
      'protokoll.pdf',
      'protokoll.html',
      'protokoll.json',
      `protokoll.json?revision=${revision}`,
    ]) {
      const response = await demo.get(MEMBER, seed(file));
      expect({ file, status: response.status }).toEqual({ file, status: 409 });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(refusal(response.text).code).toBe('DOCUMENT.INTEGRITY_FAILED');
      expect(response.text).not.toContain(FORGED);
    }
    // A protokollsutdrag is cut from the stored protocol: refused as well.
    const extract = await demo.get(MEMBER, seed('protokollsutdrag-4.html'));
    expect(refusal(extract.text).code).toBe('DOCUMENT.INTEGRITY_FAILED');
    // The archive package never carries it either.
    const archive = await demo.get(ARCHIVIST, `/api/meetings/${demo.meetingId('seed')}/archive-package`);
    expect({ status: archive.status, code: refusal(archive.text).code }).toEqual({
      status: 409,
      code: 'DOCUMENT.INTEGRITY_FAILED',
    });

    const logged = errors.mock.calls.map(([line]) => line as Record<string, unknown>);
    expect(logged).toContainEqual(
      expect.objectContaining({
        msg: 'A stored document does not match its justering',
        meetingId: demo.meetingId('seed'),
        kind: 'protokoll',
        revision,
        justeringHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        expectedHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        actualHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      }),
    );
    const [line] = logged;
    expect(line!.expectedHash).not.toBe(line!.actualHash);

    // Untouched: the same meeting's minnesanteckningar (justered and checked), another meeting's documents.
    expect((await demo.get(MEMBER, seed('minnesanteckningar.pdf'))).status).toBe(200);
    const previous = `/api/meetings/${demo.meetingId('previous')}/documents`;
    expect((await demo.get(MEMBER, `${previous}/protokoll.json`)).status).toBe(200);
    const next = `/api/meetings/${demo.meetingId('next')}/documents`;
    expect((await demo.get(MEMBER, `${next}/kallelse.ics`)).status).toBe(200);
  });

  it('npm run verify-documents names exactly the edited revision and exits 1; after a rebuild, 0', async () => {
    const tampered = await run('verify-documents');
    expect(tampered.lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^MISMATCH tenant=demo meeting=${demo.meetingId('seed')} protokoll revision=${revision} ` +
            'justering=sha256:[0-9a-f]{64} expected=sha256:[0-9a-f]{64} actual=sha256:[0-9a-f]{64}: ',
        ),
      ),
      'verify-documents: 2 checked, 1 mismatched',
    ]);
    expect(tampered.code).toBe(1);

    const rebuild = await run('rebuild', 'documents-protokoll');
    expect(rebuild.code).toBe(0);

    const repaired = await run('verify-documents');
    expect(repaired.lines).toEqual(['verify-documents: 2 checked, 0 mismatched']);
    expect(repaired.code).toBe(0);
    const pdf = await demo.get(MEMBER, seed('protokoll.pdf'));
    expect(pdf.status).toBe(200);
  });
});
