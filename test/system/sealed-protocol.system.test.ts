/**
 * The justerat protocol as the service issues it: sealed once with the organisation's seal (here
 * the service's self-signed one, no SEAL_P12_PATH), the same bytes on every download, a PAdES
 * signature that poppler's pdfsig finds valid, and one that it finds broken in a copy altered by
 * a single byte. Drafts and revisions not justerade are never sealed. Needs poppler-utils and qpdf.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import {
  demoEmail,
  type DemoDocuments,
  startDemoDocuments,
} from '../documents/support/demo-documents-app.js';
import { run, tempFolder } from './support/system-programs.js';

/** A union representative (Akademikerförbundet SSR) of the demo group, who justerade 2/2019. */
const UNION_MEMBER = demoEmail('cornelia.sjostrom');

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** pdfsig's report per signature: its two validations as poppler words them. */
async function signaturesOf(file: string) {
  const { stdout } = await run('pdfsig', [file]);
  const field = (name: string) =>
    [...stdout.matchAll(new RegExp(`- ${name}: (.*)`, 'g'))].map((match) => match[1]!.trim());
  return {
    report: stdout,
    signatures: field('Signature Validation'),
    certificates: field('Certificate Validation'),
  };
}

/** The byte offsets the signature covers: /ByteRange [a b c d] is [a, a+b) and [c, c+d). */
function byteRangeOf(pdf: Buffer): [number, number, number, number] {
  const match = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.toString('latin1'));
  if (!match) throw new Error('no /ByteRange in the sealed PDF');
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
}

describe('the sealed justerat protocol, checked with pdfsig and qpdf', () => {
  let demo: DemoDocuments;
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  const path = (which: 'seed' | 'next', file: string) =>
    `/api/meetings/${demo.meetingId(which)}/documents/${file}`;

  async function download(which: 'seed' | 'next', file: string): Promise<Buffer> {
    const response = await demo.get(UNION_MEMBER, path(which, file));
    expect({ file, status: response.status }).toEqual({ file, status: 200 });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    return Buffer.from(response.bytes);
  }

  beforeAll(async () => {
    demo = await startDemoDocuments();
    folder = await tempFolder('sealed-pdfs');
  });
  afterAll(async () => {
    await folder?.remove();
    await demo?.close();
  });

  it('serves the justerat protocol sealed, the identical file on every download, recorded once in the ledger', async () => {
    const first = await download('seed', 'protokoll.pdf');
    const second = await download('seed', 'protokoll.pdf');
    expect(sha256(second)).toBe(sha256(first));
    expect(first.toString('latin1')).toContain('/SubFilter /ETSI.CAdES.detached');

    const admin = new pg.Client({ connectionString: demo.databaseUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query(
        `SELECT kind, paragraph, revision, audience, sha256, attestation->>'group' AS "group"
         FROM issued_copies WHERE meeting_id = $1 AND kind = 'protokoll'`,
        [demo.meetingId('seed')],
      );
      expect(rows).toEqual([
        {
          kind: 'protokoll',
          paragraph: 0,
          revision: 1,
          audience: 'members',
          sha256: sha256(first),
          group: expect.stringContaining('Socialförvaltningen'),
        },
      ]);
    } finally {
      await admin.end();
    }
  });

  it('has a signature pdfsig calls valid (the self-signed certificate is not trusted, which is said, not hidden)', async () => {
    const file = await folder.write('protokoll.pdf', await download('seed', 'protokoll.pdf'));
    const { signatures, certificates, report } = await signaturesOf(file);
    expect({ signatures, report }).toEqual({ signatures: ['Signature is Valid.'], report });
    expect(certificates).toHaveLength(1);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signer Certificate Common Name: Samverkan - sigill for justerade protokoll');
  });

  it('passes qpdf --check as sealed', async () => {
    const file = await folder.write('protokoll-qpdf.pdf', await download('seed', 'protokoll.pdf'));
    const check = await run('qpdf', ['--check', file]);
    expect({ code: check.code, stderr: check.stderr }).toEqual({ code: 0, stderr: '' });
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('has a signature pdfsig calls broken in a copy altered by one byte inside the signed range', async () => {
    const sealed = await download('seed', 'protokoll.pdf');
    const [start, firstLength] = byteRangeOf(sealed);
    const altered = Buffer.from(sealed);
    // A byte in the first signed part, well inside the renderer's own content.
    const offset = start + Math.floor(firstLength / 2);
    altered[offset] = altered[offset]! ^ 0x01;
    const file = await folder.write('protokoll-andrad.pdf', altered);
    const { signatures } = await signaturesOf(file);
    expect(signatures).toHaveLength(1);
    expect(signatures[0]).not.toBe('Signature is Valid.');
    expect(signatures[0]).toMatch(/Digest Mismatch|Invalid/i);
  });

  it('seals the minnesanteckningar and a protokollsutdrag of the justerat revision as well, each valid', async () => {
    for (const name of ['minnesanteckningar.pdf', 'protokollsutdrag-12.pdf']) {
      const file = await folder.write(name, await download('seed', name));
      expect({ name, ...(await signaturesOf(file)).signatures }).toEqual({ name, 0: 'Signature is Valid.' });
      expect((await run('qpdf', ['--check', file])).code).toBe(0);
    }
  });

  it('never seals a protocol not yet justerat (3/2019 waits for its justering) or a kallelse', async () => {
    for (const name of ['protokoll.pdf', 'kallelse.pdf']) {
      const pdf = await download('next', name);
      expect({ name, signed: pdf.toString('latin1').includes('/ByteRange') }).toEqual({
        name,
        signed: false,
      });
    }
  });
});
