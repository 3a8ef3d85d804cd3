/**
 * A rättelse of a justerat protocol makes a new revision: once it is justerat again it is sealed
 * as its own copy, and the copy of the earlier revision stays verifiable (and is served as it was).
 */
import { createHash } from 'node:crypto';
import request from 'supertest';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { DEMO_PASSWORD, DEMO_TENANT } from '../../apps/demo/src/demo-people.js';
import { projectToHead } from '../api/support/project-to-head.js';
import { binaryBody } from '../support/binary-body.js';
import { demoEmail, type DemoDocuments, startDemoDocuments } from './support/demo-documents-app.js';

const SECRETARY = demoEmail('sofia.hagg');
const JUSTERARE = [demoEmail('jenny.graslund'), demoEmail('cornelia.sjostrom')];
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('a rättelse and the sealed copies', () => {
  let demo: DemoDocuments;
  const meeting = () => `/api/meetings/${demo.meetingId('seed')}`;

  async function signedIn(email: string) {
    const agent = request.agent(demo.app.getHttpServer());
    await agent
      .post('/api/auth/login')
      .send({ tenant: DEMO_TENANT, email, password: DEMO_PASSWORD })
      .expect(200);
    return agent;
  }
  async function protocolPdf(revision?: number): Promise<Buffer> {
    const agent = await signedIn(JUSTERARE[1]!);
    const query = revision === undefined ? '' : `?revision=${revision}`;
    const response = await agent
      .get(`${meeting()}/documents/protokoll.pdf${query}`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    return response.body as Buffer;
  }
  const verify = (hash: string) =>
    request(demo.app.getHttpServer()).post('/api/verification').send({ sha256: hash }).expect(200);

  beforeAll(async () => {
    demo = await startDemoDocuments();
  });
  afterAll(async () => {
    await demo?.close();
  });

  it('seals the corrected revision once justerat again, and keeps the first verifiable', async () => {
    const first = await protocolPdf();
    expect((await verify(sha256(first))).body).toMatchObject({ match: true, revision: 1 });

    const secretary = await signedIn(SECRETARY);
    await secretary
      .post(`${meeting()}/protocol/corrections`)
      .send({
        reason: 'Rättelse: stavfel i § om föregående protokoll',
        corrections: [
          {
            itemId: 'i-foregaende',
            record: 'information',
            text: 'Inget att anmärka på föregående protokoll.',
          },
        ],
      })
      .expect(200);
    await projectToHead(demo.app, DOCUMENT_PROJECTIONS);
    // Revision 2 waits for its justering: served, but not sealed.
    const draft = await protocolPdf();
    expect(draft.toString('latin1')).not.toContain('/ByteRange');
    expect((await verify(sha256(draft))).body).toEqual({ match: false, sha256: sha256(draft) });

    for (const email of JUSTERARE) {
      const justerare = await signedIn(email);
      const { protocol } = (await justerare.get(meeting()).expect(200)).body as {
        protocol: { revision: number; textHash: string };
      };
      expect(protocol.revision).toBe(2);
      await justerare.post(`${meeting()}/protocol/justeringar`).send(protocol).expect(200);
    }
    await projectToHead(demo.app, DOCUMENT_PROJECTIONS);

    const second = await protocolPdf();
    expect(second.toString('latin1')).toContain('/ETSI.CAdES.detached');
    expect(sha256(second)).not.toBe(sha256(first));
    expect((await verify(sha256(second))).body).toMatchObject({
      match: true,
      document: 'protokoll',
      revision: 2,
    });
    // The first revision's copy: still verifiable, and still served as the same file.
    expect((await verify(sha256(first))).body).toMatchObject({ match: true, revision: 1 });
    expect(sha256(await protocolPdf(1))).toBe(sha256(first));
  });
});
