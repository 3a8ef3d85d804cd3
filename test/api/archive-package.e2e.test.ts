/**
 * Issue 13, archival: GET /api/meetings/{id}/archive-package of a justerat meeting is a ZIP in the
 * E-ARK CSIP folder structure (docs/archive-package.md), read back here with yauzl, its XML with
 * fast-xml-parser and its PDFs with pdf.js. The group's name is hostile XML on purpose.
 */
import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import type { Principal } from '#libs/identity';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { readPdf } from '../../libs/documents/src/testing/read-pdf.fixtures.js';
import { binaryBody } from '../support/binary-body.js';
import { readZip, type ZipEntryRead } from '../support/read-zip.js';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import { closeRunningMeeting, runningMeeting } from './support/running-meeting.js';
import { type Principals, seedGroup, SSR } from './support/seed-002-group.js';

const GROUP_NAME = 'FSG/VSG <Socialförvaltningen> & "Kvarnen"';
const SECRET = {
  title: 'Rehabiliteringsärende för en namngiven medarbetare',
  information: 'Medarbetaren har varit sjukskriven sedan november.',
  reason: 'OSL 39 kap. 1 § (personalsocial verksamhet)',
};
const PUBLIC_TEXT = 'Förvaltningen arbetar vidare med APT.';

/** fast-xml-parser's answer: elements and `@attributes` as the document has them, untyped by nature. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Xml = any;

interface Package {
  status: number;
  headers: Record<string, string>;
  entries: ZipEntryRead[];
  file(path: string): Buffer;
}

describe('the archive package of a justerat meeting', () => {
  let api: ApiTestApp;
  let people: Principals;
  let meetingId: string;
  let notJusterat: { status: number; body: { code?: string } };
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });

  beforeAll(async () => {
    api = await startApiTestApp();
    let groupId: string;
    ({ people, groupId } = await seedGroup(api, undefined, { name: GROUP_NAME }));
    meetingId = await runningMeeting(api, people, groupId);
    const meeting = `/api/meetings/${meetingId}`;
    const chair = api.as(people.viceChair);
    await chair
      .post(`${meeting}/ovriga-fragor`)
      .send({ itemId: 'i-secret', title: SECRET.title, proposer: SSR })
      .expect(201);
    await chair.put(`${meeting}/items/i-secret/information`).send({ text: SECRET.information }).expect(200);
    await chair.put(`${meeting}/items/i-secret/confidentiality`).send({ reason: SECRET.reason }).expect(200);
    await closeRunningMeeting(api, people, meetingId);
    notJusterat = await api.as(people.admin).get(`${meeting}/archive-package`);
    const { revision, textHash } = (await api.as(people.ssr).get(meeting).expect(200)).body.protocol;
    api.clock.set('2019-02-25T13:00:00Z');
    await api.as(people.ssr).post(`${meeting}/protocol/justeringar`).send({ revision, textHash }).expect(200);
    api.clock.set('2019-02-25T14:00:00Z');
    await chair.post(`${meeting}/protocol/justeringar`).send({ revision, textHash }).expect(200);
    await projectToHead(api.app, DOCUMENT_PROJECTIONS);
    api.clock.set('2019-03-04T10:15:00Z');
  });
  afterAll(() => api?.close());

  const packageFor = async (who: Principal): Promise<Package> => {
    const response = await api
      .as(who)
      .get(`/api/meetings/${meetingId}/archive-package`)
      .buffer(true)
      .parse(binaryBody);
    const entries = response.status === 200 ? await readZip(response.body as Buffer) : [];
    return {
      status: response.status,
      headers: response.headers as Record<string, string>,
      entries,
      file(path: string) {
        const entry = entries.find((candidate) => candidate.path === path);
        if (!entry) throw new Error(`the package has no ${path}`);
        return entry.body;
      },
    };
  };
  const xml = (body: Buffer) => {
    expect(XMLValidator.validate(body.toString('utf8'))).toBe(true);
    return parser.parse(body.toString('utf8'));
  };
  const sha256Of = (body: Buffer) => createHash('sha256').update(body).digest('hex');
  const list = <T>(value: T | T[] | undefined): T[] =>
    value === undefined ? [] : Array.isArray(value) ? value : [value];

  /** Every file METS.xml describes: meeting.xml by its mdRef, the data files by fileSec. */
  const describedIn = (mets: Xml) => {
    const root = mets['mets:mets'];
    const mdRef = root['mets:dmdSec']['mets:mdRef'];
    const files = list(root['mets:fileSec']['mets:fileGrp']['mets:file']).map((file: Xml) => ({
      id: file['@ID'],
      path: file['mets:FLocat']['@xlink:href'],
      mimeType: file['@MIMETYPE'],
      size: Number(file['@SIZE']),
      sha256: file['@CHECKSUM'],
      checksumType: file['@CHECKSUMTYPE'],
    }));
    return [
      {
        id: 'dmd',
        path: mdRef['@xlink:href'],
        mimeType: mdRef['@MIMETYPE'],
        size: Number(mdRef['@SIZE']),
        sha256: mdRef['@CHECKSUM'],
        checksumType: mdRef['@CHECKSUMTYPE'],
      },
      ...files,
    ];
  };

  describe('as the archivist (admin, no member of the group)', () => {
    let archive: Package;
    beforeAll(async () => {
      archive = await packageFor(people.admin);
    });

    it('answers a ZIP named after the group, the number and the date', () => {
      expect(archive.status).toBe(200);
      expect(archive.headers['content-type']).toBe('application/zip');
      expect(archive.headers['content-disposition']).toBe(
        'attachment; filename="fsg-vsg-socialforvaltningen-kvarnen-1-2019-2019-02-25.zip"',
      );
      expect(archive.headers['cache-control']).toBe('private, no-store');
      expect(archive.headers['x-document-audience']).toBe('public');
    });

    it('has the documented folders: METS.xml, metadata/descriptive/meeting.xml, representations/rep1/data/', () => {
      const paths = archive.entries.map(({ path }) => path);
      expect(paths.slice(0, 2)).toEqual(['METS.xml', 'metadata/descriptive/meeting.xml']);
      expect(paths).toEqual(
        expect.arrayContaining([
          'representations/rep1/data/protokoll-1-2019-r1.pdf',
          'representations/rep1/data/minnesanteckningar-1-2019-r1.pdf',
          'representations/rep1/data/protokollsutdrag-4-1-2019-r1.pdf',
          'representations/rep1/data/handelselogg.jsonl',
        ]),
      );
      expect(
        paths.every(
          (path) =>
            path === 'METS.xml' || /^(metadata\/descriptive|representations\/rep1\/data)\//.test(path),
        ),
      ).toBe(true);
    });

    it('lists in METS.xml every other file of the package with its MIME type, size and SHA-256', () => {
      const mets = xml(archive.file('METS.xml'));
      const described = describedIn(mets);
      expect(described.map(({ path }) => path).sort()).toEqual(
        archive.entries
          .map(({ path }) => path)
          .filter((path) => path !== 'METS.xml')
          .sort(),
      );
      for (const file of described) {
        const body = archive.file(file.path);
        expect({ path: file.path, size: file.size, sha256: file.sha256, type: file.checksumType }).toEqual({
          path: file.path,
          size: body.length,
          sha256: sha256Of(body),
          type: 'SHA-256',
        });
        const expectedType = file.path.endsWith('.pdf')
          ? 'application/pdf'
          : file.path.endsWith('.jsonl')
            ? 'application/x-ndjson'
            : 'application/xml';
        expect(file.mimeType).toBe(expectedType);
      }
      // The structMap points at every data file once.
      const fptrs = list(mets['mets:mets']['mets:structMap']['mets:div']['mets:div'][1]['mets:fptr']).map(
        (fptr: Xml) => fptr['@FILEID'],
      );
      expect(fptrs).toEqual(described.slice(1).map(({ id }) => id));
    });

    it('has an OBJID, the service as creating agent and the CREATEDATE in its header', () => {
      const root = xml(archive.file('METS.xml'))['mets:mets'];
      expect(root['@OBJID']).toMatch(new RegExp(`:mote:${meetingId}:revision:1:offentlig$`));
      expect(root['@xmlns:mets']).toBe('http://www.loc.gov/METS/');
      const header = root['mets:metsHdr'];
      expect(header['@CREATEDATE']).toBe('2019-03-04T10:15:00.000Z');
      expect(header['mets:agent']).toMatchObject({ '@ROLE': 'CREATOR', '@OTHERTYPE': 'SOFTWARE' });
      expect(header['mets:agent']['mets:name']).toMatch(/^Samverkan/);
      expect(root['@LABEL']).toBe(`Protokoll 1/2019, ${GROUP_NAME}, 2019-02-25`);
    });

    it('describes the meeting in meeting.xml, with the group name escaped and read back exactly', async () => {
      const raw = archive.file('metadata/descriptive/meeting.xml').toString('utf8');
      expect(raw).toContain('&lt;Socialförvaltningen&gt; &amp;');
      const meeting = xml(Buffer.from(raw)).mote;
      const view = (await api.as(people.hr).get(`/api/meetings/${meetingId}`).expect(200)).body;
      expect(meeting.grupp['#text']).toBe(GROUP_NAME);
      expect(meeting).toMatchObject({
        '@moteId': meetingId,
        forvaltning: 'Socialförvaltningen',
        protokollnummer: '1/2019',
        datum: '2019-02-25',
        plats: 'Kvarnen',
        version: { '@revision': '1', '@version': 'offentlig', '@handelser': String(view.version) },
      });
      const present = list(meeting.narvaro.deltagare).map((entry: Xml) => entry['#text']);
      expect(present).toEqual(
        view.attendance.map((entry: { person: { name: string } }) => entry.person.name),
      );
      const approvals = list(meeting.justering.godkannande).map((approval: Xml) => ({
        who: approval['#text'],
        party: approval['@part'],
        at: approval['@tidpunkt'],
        revision: approval['@revision'],
        hash: approval['@hash'],
      }));
      expect(approvals).toEqual([
        {
          who: people.ssr.displayName,
          party: 'Akademikerförbundet SSR',
          at: '2019-02-25T13:00:00.000Z',
          revision: '1',
          hash: view.protocol.textHash,
        },
        {
          who: people.viceChair.displayName,
          party: 'Arbetsgivaren',
          at: '2019-02-25T14:00:00.000Z',
          revision: '1',
          hash: view.protocol.textHash,
        },
      ]);
      expect(meeting.justering.justerat).toMatchObject({ '@revision': '1', '@hash': view.protocol.textHash });
    });

    it('says in meeting.xml that the confidential item was withheld, without its text', () => {
      const { sekretess } = xml(archive.file('metadata/descriptive/meeting.xml')).mote;
      expect(sekretess).toMatchObject({
        '@sekretessmarkerade': '1',
        '@utelamnade': '1',
        punkt: { '@punktId': 'i-secret', '@utelamnad': 'ja' },
      });
      expect(sekretess.anmarkning).toMatch(/utelämnade/);
    });

    it('holds PDFs that pdf.js opens, with å ä ö intact and the justering', async () => {
      const protocol = await readPdf(archive.file('representations/rep1/data/protokoll-1-2019-r1.pdf'));
      expect(protocol.text).toContain(PUBLIC_TEXT);
      expect(protocol.text).toContain('Socialförvaltningen');
      expect(protocol.xmp.get('pdfaid:part')).toBe('2');
      const notes = await readPdf(archive.file('representations/rep1/data/minnesanteckningar-1-2019-r1.pdf'));
      expect(notes.text).toContain('Bilaga till protokoll 1/2019');
      expect(notes.text).toContain('Parterna ser positivt på enkäterna.');
      const extract = await readPdf(
        archive.file('representations/rep1/data/protokollsutdrag-4-1-2019-r1.pdf'),
      );
      expect(extract.text).toContain('Nytt inom arbetsmiljö');
    });

    it('holds the sealed copies: each PDF is the file a download gives and /api/verification recognises', async () => {
      const path = 'representations/rep1/data/protokoll-1-2019-r1.pdf';
      const employee: Principal = { ...people.outsider, accountId: 'acc-medarbetare', units: ['u-soc'] };
      const downloaded = await api
        .as(employee)
        .get(`/api/meetings/${meetingId}/documents/protokoll.pdf`)
        .buffer(true)
        .parse(binaryBody)
        .expect(200);
      expect(sha256Of(archive.file(path))).toBe(sha256Of(downloaded.body as Buffer));
      for (const pdf of archive.entries.filter((entry) => entry.path.endsWith('.pdf'))) {
        const verified = await request(api.app.getHttpServer())
          .post('/api/verification')
          .send({ sha256: sha256Of(pdf.body) })
          .expect(200);
        expect({ path: pdf.path, match: verified.body.match }).toEqual({ path: pdf.path, match: true });
      }
    });

    it('holds the event history, one parsable JSON per event, in order, as the history endpoint has it', async () => {
      const lines = archive.file('representations/rep1/data/handelselogg.jsonl').toString('utf8').split('\n');
      expect(lines.at(-1)).toBe('');
      const events = lines.slice(0, -1).map((line) => JSON.parse(line) as { version: number; type: string });
      const history = (await api.as(people.hr).get(`/api/meetings/${meetingId}/history`).expect(200)).body;
      expect(events).toEqual(history.events);
      expect(events.map(({ version }) => version)).toEqual(events.map((_, index) => index + 1));
      expect(events.at(-1)?.type).toBe('ProtocolJusterat');
    });

    it('has no confidential text in any file', async () => {
      for (const { path, body } of archive.entries) {
        const text = path.endsWith('.pdf') ? (await readPdf(body)).text : body.toString('utf8');
        expect({ path, secrets: Object.values(SECRET).filter((secret) => text.includes(secret)) }).toEqual({
          path,
          secrets: [],
        });
      }
    });

    it('is the same package for HR', async () => {
      const hr = await packageFor(people.hr);
      expect(hr.status).toBe(200);
      expect(hr.entries.map(({ path, body }) => [path, body.length])).toEqual(
        archive.entries.map(({ path, body }) => [path, body.length]),
      );
      expect(hr.file('metadata/descriptive/meeting.xml')).toEqual(
        archive.file('metadata/descriptive/meeting.xml'),
      );
    });
  });

  describe("as the group's sekreterare, a member", () => {
    it('holds the confidential item in full and says none was withheld', async () => {
      const archive = await packageFor(people.secretary);
      expect(archive.status).toBe(200);
      expect(archive.headers['x-document-audience']).toBe('members');
      const protocol = await readPdf(archive.file('representations/rep1/data/protokoll-1-2019-r1.pdf'));
      expect(protocol.text).toContain(SECRET.information);
      expect(archive.file('representations/rep1/data/handelselogg.jsonl').toString('utf8')).toContain(
        SECRET.title,
      );
      const { sekretess } = xml(archive.file('metadata/descriptive/meeting.xml')).mote;
      expect(sekretess).toMatchObject({ '@sekretessmarkerade': '1', '@utelamnade': '0' });
      expect(sekretess.punkt['@utelamnad']).toBe('nej');
      expect(sekretess.anmarkning).toBeUndefined();
      // The title and text stay in the documents: meeting.xml names the item by id and § only.
      expect(archive.file('metadata/descriptive/meeting.xml').toString('utf8')).not.toContain(SECRET.title);
    });
  });

  describe('after a rättelse of the justerat protocol', () => {
    const CORRECTED = 'Förvaltningen fortsätter arbetet med APT under våren.';
    let archive: Package;
    beforeAll(async () => {
      api.clock.set('2019-03-05T09:00:00Z');
      await api
        .as(people.viceChair)
        .post(`/api/meetings/${meetingId}/protocol/corrections`)
        .send({
          reason: 'Fel formulering',
          corrections: [{ itemId: 'i-info', record: 'information', text: CORRECTED }],
        })
        .expect(200);
      await projectToHead(api.app, DOCUMENT_PROJECTIONS);
      archive = await packageFor(people.admin);
    });

    it('still holds the justerat revision 1, not the rättelse waiting for its justering', async () => {
      expect(archive.status).toBe(200);
      expect(archive.headers['x-document-revision']).toBe('1');
      const protocol = await readPdf(archive.file('representations/rep1/data/protokoll-1-2019-r1.pdf'));
      expect(protocol.text).toContain(PUBLIC_TEXT);
      expect(protocol.text).not.toContain(CORRECTED);
      expect(archive.entries.some(({ path }) => path.includes('-r2'))).toBe(false);
    });

    it('has the rättelse in the event history, which is the whole log', () => {
      const log = archive.file('representations/rep1/data/handelselogg.jsonl').toString('utf8');
      const types = log
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { type: string }).type);
      expect(types.at(-1)).toBe('ProtocolCorrected');
      expect(xml(archive.file('metadata/descriptive/meeting.xml')).mote.version['@handelser']).toBe(
        String(types.length),
      );
    });
  });

  describe('refusals', () => {
    it('answers 409 MEETING.NOT_JUSTERAT for a meeting not justerat, as problem+json', () => {
      expect({ status: notJusterat.status, code: notJusterat.body.code }).toEqual({
        status: 409,
        code: 'MEETING.NOT_JUSTERAT',
      });
    });

    it('answers 404 MEETING.NOT_FOUND for a meeting that does not exist', async () => {
      const response = await api.as(people.admin).get('/api/meetings/no-such-meeting/archive-package');
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 404,
        code: 'MEETING.NOT_FOUND',
      });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it.each([
      ['a long id', 'x'.repeat(400)],
      ['an id of å ä ö and markup', encodeURIComponent('<möte å="ä">')],
    ])('answers 404 MEETING.NOT_FOUND, never a 500, for %s', async (_what, id) => {
      const response = await api.as(people.admin).get(`/api/meetings/${id}/archive-package`);
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 404,
        code: 'MEETING.NOT_FOUND',
      });
    });

    it('answers 404 to another tenant, with the same id', async () => {
      const stranger: Principal = {
        ...people.admin,
        tenantId: 'tenant-grannkommunen',
        roles: ['admin', 'hr'],
      };
      const response = await api.as(stranger).get(`/api/meetings/${meetingId}/archive-package`);
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 404,
        code: 'MEETING.NOT_FOUND',
      });
    });

    it.each([
      ['a union justerare', 'ssr'],
      ['the ordförande who ran the meeting (vice ordförande, employer justerare)', 'viceChair'],
      ['an account with no part in the group', 'outsider'],
    ] as const)('answers 403 AUTH.FORBIDDEN to %s', async (_who, persona) => {
      const response = await api.as(people[persona]).get(`/api/meetings/${meetingId}/archive-package`);
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 403,
        code: 'AUTH.FORBIDDEN',
      });
    });

    it("answers 403 to an employee of the group's unit, who reads the published protocol itself", async () => {
      const employee: Principal = { ...people.outsider, accountId: 'acc-medarbetare', units: ['u-soc'] };
      await api.as(employee).get(`/api/meetings/${meetingId}/documents/protokoll.pdf`).expect(200);
      const response = await api.as(employee).get(`/api/meetings/${meetingId}/archive-package`);
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 403,
        code: 'AUTH.FORBIDDEN',
      });
    });
  });
});
