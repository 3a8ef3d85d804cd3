/**
 * POST /api/verification: a copy of a justerat document, sent as the file or as its SHA-256, is
 * matched against the ledger of sealed copies. The demo's justerat meeting (2/2019) is the copy.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import request from 'supertest';
import { VERIFICATIONS_PER_WINDOW } from '#libs/meeting-documents';
import { demoEmail, type DemoDocuments, startDemoDocuments } from './support/demo-documents-app.js';

const UNION_MEMBER = demoEmail('cornelia.sjostrom');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('POST /api/verification', () => {
  let demo: DemoDocuments;
  let protocol: Buffer;
  let utdrag: Buffer;
  const post = () => request(demo.app.getHttpServer()).post('/api/verification');
  const upload = (bytes: Buffer, name = 'protokoll.pdf', field = 'file') =>
    post().attach(field, bytes, { filename: name, contentType: 'application/pdf' });
  const seed = (file: string) => `/api/meetings/${demo.meetingId('seed')}/documents/${file}`;

  /** Rows of the tables a verification could have written to. */
  async function recordCounts(): Promise<Record<string, number>> {
    const client = new pg.Client({ connectionString: demo.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ events: string; copies: string }>(
        'SELECT (SELECT count(*) FROM es_events) AS events, (SELECT count(*) FROM issued_copies) AS copies',
      );
      return { events: Number(rows[0]!.events), copies: Number(rows[0]!.copies) };
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    demo = await startDemoDocuments();
    protocol = Buffer.from((await demo.get(UNION_MEMBER, seed('protokoll.pdf'))).bytes);
    utdrag = Buffer.from((await demo.get(UNION_MEMBER, seed('protokollsutdrag-12.pdf'))).bytes);
  });
  afterAll(async () => {
    await demo?.close();
  });

  it('matches the true copy, naming the document, its meeting and who justerade it, and nothing of its content', async () => {
    const before = await recordCounts();
    const response = await upload(protocol).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
      match: true,
      document: 'protokoll',
      revision: 1,
      sha256: sha256(protocol),
      organisation: expect.any(String),
      group: expect.stringContaining('Socialförvaltningen'),
      meeting: { number: '2/2019', date: '2019-02-25' },
      justeradAt: expect.stringMatching(/^2019-/),
      approvals: expect.arrayContaining([
        { name: expect.any(String), party: 'Arbetsgivaren', at: expect.any(String) },
        {
          name: expect.any(String),
          party: expect.not.stringMatching(/^Arbetsgivaren$/),
          at: expect.any(String),
        },
      ]),
    });
    // No more than those keys: nothing of the meeting's content.
    expect(Object.keys(response.body as object).sort()).toEqual(
      [
        'approvals',
        'document',
        'group',
        'justeradAt',
        'match',
        'meeting',
        'organisation',
        'revision',
        'sha256',
      ].sort(),
    );
    for (const approval of (response.body as { approvals: object[] }).approvals)
      expect(Object.keys(approval).sort()).toEqual(['at', 'name', 'party']);
    // Nothing recorded.
    expect(await recordCounts()).toEqual(before);
  });

  it('names the § of a protokollsutdrag', async () => {
    const response = await upload(utdrag, 'utdrag.pdf').expect(200);
    expect(response.body).toMatchObject({
      match: true,
      document: 'protokollsutdrag',
      paragraph: 12,
      revision: 1,
    });
  });

  it('does not match a copy altered by one byte', async () => {
    const altered = Buffer.from(protocol);
    altered[Math.floor(altered.length / 3)] ^= 0x20;
    const response = await upload(altered).expect(200);
    expect(response.body).toEqual({ match: false, sha256: sha256(altered) });
  });

  it('looks a sha256 up both ways, in either case of hex digits', async () => {
    const hash = sha256(protocol);
    const found = await post().send({ sha256: hash.toUpperCase() }).expect(200);
    expect(found.body).toMatchObject({ match: true, document: 'protokoll', sha256: hash });
    const unknown = 'ab'.repeat(32);
    expect((await post().send({ sha256: unknown }).expect(200)).body).toEqual({
      match: false,
      sha256: unknown,
    });
  });

  it('matches across organisations: by hash alone, with the organisation named in the answer', async () => {
    // No tenant, no session: a copy's holder need not know whose service issued it.
    const response = await post()
      .send({ sha256: sha256(protocol) })
      .expect(200);
    expect((response.body as { organisation: string }).organisation).toMatch(/kommun|stad/i);
  });

  it.each([
    ['a hash of the wrong length', { sha256: 'abc' }, 400, 'VERIFICATION.INVALID_HASH'],
    ['a hash that is not hex', { sha256: 'g'.repeat(64) }, 400, 'VERIFICATION.INVALID_HASH'],
    ['a hash that is no text', { sha256: 42 }, 400, 'VERIFICATION.INVALID_HASH'],
    ['an empty body', {}, 400, 'VERIFICATION.NOTHING_TO_VERIFY'],
    ['an unknown field', { sha256: 'ab'.repeat(32), meetingId: 'x' }, 400, 'REQUEST.INVALID'],
  ])('refuses %s', async (_name, body, status, code) => {
    const response = await post().send(body).expect(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, code });
  });

  it('refuses a file that is not a PDF (415), an empty one and an upload without a file (400)', async () => {
    const text = await post()
      .attach('file', Buffer.from('Protokoll från mötet, åäö'), {
        filename: 'protokoll.pdf',
        contentType: 'application/pdf',
      })
      .expect(415);
    expect(text.body).toMatchObject({ code: 'VERIFICATION.NOT_A_PDF' });
    const empty = await upload(Buffer.alloc(0)).expect(400);
    expect(empty.body).toMatchObject({ code: 'VERIFICATION.NOTHING_TO_VERIFY' });
    const noFile = await post().field('note', 'ingen fil').expect(400);
    expect(noFile.body).toMatchObject({ code: 'VERIFICATION.NOTHING_TO_VERIFY' });
    const wrongField = await upload(protocol, 'protokoll.pdf', 'dokument').expect(400);
    expect(wrongField.body).toMatchObject({ code: 'VERIFICATION.NOTHING_TO_VERIFY' });
  });

  it('refuses a file over VERIFICATION_MAX_UPLOAD_BYTES with 413 VERIFICATION.TOO_LARGE', async () => {
    const huge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024 * 1024 + 1, 0x20)]);
    const response = await upload(huge).expect(413);
    expect(response.body).toMatchObject({ code: 'VERIFICATION.TOO_LARGE', maxBytes: 20 * 1024 * 1024 });
  });

  it('refuses a body in another media type, and a broken multipart body, changing nothing', async () => {
    await post().set('content-type', 'text/plain').send('abc').expect(415);
    const broken = await post()
      .set('content-type', 'multipart/form-data; boundary=x')
      .send('--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-')
      .expect(400);
    expect(broken.body).toMatchObject({ code: 'REQUEST.INVALID' });
  });

  it(`throttles one address to ${VERIFICATIONS_PER_WINDOW} verifications a minute (429 with Retry-After)`, async () => {
    let refused: request.Response | undefined;
    for (let i = 0; i <= VERIFICATIONS_PER_WINDOW && !refused; i += 1) {
      const response = await post().send({ sha256: 'cd'.repeat(32) });
      if (response.status === 429) refused = response;
      else expect(response.status).toBe(200);
    }
    expect(refused?.body).toMatchObject({ code: 'VERIFICATION.TOO_MANY_REQUESTS' });
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
