/**
 * The documents of the demo meeting (seed 002 as meeting 2/2019, `npm run demo`), fetched over HTTP
 * from the production API after the document projections have run: what a chair, a union member
 * and HR see in HTML, PDF, JSON and .ics.
 */
import { swedishLongDate } from '#libs/documents';
import { demoEmail, type DemoDocuments, startDemoDocuments } from './support/demo-documents-app.js';
import { firstOutOfOrder, visibleText } from '../../libs/documents/src/testing/visible-text.js';
import { readPdf } from '../../libs/documents/src/testing/read-pdf.fixtures.js';
import {
  agendaTitles,
  CHAIR_LINE,
  DEFERRAL_REASON,
  DEFERRED_TITLE,
  followUps,
  followUpsDueByNextMeeting,
  JUSTERING_SENTENCE,
  MINNESANTECKNINGAR_TITLE,
  nameOf,
  recordedTexts,
  recordedTextsOf,
  titleOf,
} from './support/seed-002-expectations.js';

const MEMBER = demoEmail('cornelia.sjostrom');
const HR = demoEmail('hanna.ohman');

const titles = agendaTitles();

describe('the demo meeting’s documents (seed 002 as 2/2019)', () => {
  let demo: DemoDocuments;
  const seedPath = (file: string) => `/api/meetings/${demo.meetingId('seed')}/documents/${file}`;

  beforeAll(async () => {
    demo = await startDemoDocuments();
  });
  afterAll(() => demo?.close());

  describe('minnesanteckningar read like seed 002', () => {
    const expectSeedLayout = (text: string) => {
      const inOrder = [
        MINNESANTECKNINGAR_TITLE,
        'Bilaga till protokoll 2/2019',
        'Ordförande:',
        CHAIR_LINE,
        'Information',
        titleOf('i-foregaende'),
        ...recordedTextsOf('i-foregaende'),
        'Dialog',
        titleOf('i-avslut'),
        DEFERRED_TITLE,
        DEFERRAL_REASON,
        'Beslut',
        titleOf('i-webbenkat'),
        'Ordförande avslutar mötet.',
        JUSTERING_SENTENCE,
      ];
      expect(firstOutOfOrder(text, inOrder)).toBeUndefined();
      for (const title of titles) expect(text).toContain(title);
      for (const recorded of recordedTexts()) expect(text).toContain(recorded);
      // Prose, as seed 002: "senast den 25 mars 2019".
      for (const { dueDate } of followUps()) expect(text).toContain(`senast ${swedishLongDate(dueDate)}`);
    };

    it('as HTML: title, bilaga, chair line, sections in agenda order, deferral, closing, justering', async () => {
      const page = await demo.get(MEMBER, seedPath('minnesanteckningar.html'));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expectSeedLayout(visibleText(page.text));
    });

    it('as PDF: the same text, with the page head on every page and å ä ö intact', async () => {
      const file = await demo.get(MEMBER, seedPath('minnesanteckningar.pdf'));
      expect(file.headers.get('content-type')).toBe('application/pdf');
      const pdf = await readPdf(file.bytes);
      expectSeedLayout(pdf.text);
      expect(pdf.pages.length).toBeGreaterThan(1);
      pdf.pages.forEach((page, index) => {
        expect(page.head).toContain('MINNESANTECKNINGAR SAMVERKANSGRUPP');
        expect(page.head).toContain('DNR:02/2019');
        expect(page.head).toContain(`SID ${index + 1}(${pdf.pages.length})`);
        expect(page.size.map(Math.round)).toEqual([595, 842]);
      });
      expect(pdf.text).toMatch(/[åäöÅÄÖ]/);
    });
  });

  describe('the justerat protocol', () => {
    it('as HTML: header, attendance by party, omfattning, every § with its outcome, follow-ups, justering block', async () => {
      const text = visibleText((await demo.get(MEMBER, seedPath('protokoll.html'))).text);
      for (const expected of [
        'Protokoll 2/2019',
        'DNR:02/2019',
        'den 25 februari 2019',
        'Stora sammanträdesrummet, Socialförvaltningen',
        'Akademikerförbundet SSR',
        'Kommunal',
        'Protokollets omfattning §1–§12',
        'Mötets öppnande',
        'Val av justerare',
        'Fastställande av dagordning',
        'Informationen noteras.',
        'Samverkan fullgjord i enighet.',
        DEFERRAL_REASON,
        nameOf('secretary'),
      ]) {
        expect(text).toContain(expected);
      }
      for (const title of titles) expect(text).toContain(title);
      for (const { action, dueDate } of followUps()) {
        expect(text).toContain(action);
        expect(text).toContain(dueDate);
      }
      expect(text).toMatch(/sha256:[0-9a-f]{64}/);
    });

    it('as PDF/A-2b, the archive format, with every § and the justering', async () => {
      const file = await demo.get(MEMBER, seedPath('protokoll.pdf'));
      const pdf = await readPdf(file.bytes);
      expect([pdf.xmp.get('pdfaid:part'), pdf.xmp.get('pdfaid:conformance')]).toEqual(['2', 'B']);
      for (const title of titles) expect(pdf.text).toContain(title);
      expect(pdf.text).toContain('Protokollets omfattning §1–§12');
      expect(pdf.text).toMatch(/sha256:[0-9a-f]{64}/);
      pdf.pages.forEach((page, index) =>
        expect(page.head).toContain(`SID ${index + 1}(${pdf.pages.length})`),
      );
    });

    it('as JSON for programs: the revision, the audience and the document model', async () => {
      const { document, revision, audience } = JSON.parse(
        (await demo.get(MEMBER, seedPath('protokoll.json'))).text,
      );
      expect({ revision, audience }).toEqual({ revision: 1, audience: 'members' });
      expect(document.justering.status).toBe('justerat');
      expect(document.scope).toEqual({ first: 1, last: 12 });
      expect(document.header).toMatchObject({
        protocolNumber: '2/2019',
        date: '2019-02-25',
        dnr: 'DNR:02/2019',
      });
    });

    it('gives a protokollsutdrag of one § with the protocol header and its justering status', async () => {
      const text = visibleText((await demo.get(MEMBER, seedPath('protokollsutdrag-12.html'))).text);
      expect(text).toContain('Protokollsutdrag');
      expect(text).toContain('Protokoll 2/2019');
      expect(text).toContain(titleOf('i-webbenkat'));
      expect(text).not.toContain(titleOf('i-avslut'));
      const pdf = await readPdf((await demo.get(MEMBER, seedPath('protokollsutdrag-12.pdf'))).bytes);
      expect(pdf.text).toContain(titleOf('i-webbenkat'));
      expect((await demo.get(MEMBER, seedPath('protokollsutdrag-99.html'))).status).toBe(404);
    });
  });

  describe('the kallelse of the next meeting (3/2019)', () => {
    const nextPath = (file: string) => `/api/meetings/${demo.meetingId('next')}/documents/${file}`;

    it('lists the returning items with their origin: the deferred tematräff "från § 11, 2019-02-25" and due follow-ups', async () => {
      const text = visibleText((await demo.get(MEMBER, nextPath('kallelse.html'))).text);
      expect(text).toContain(DEFERRED_TITLE);
      expect(text).toContain('från § 11, 2019-02-25');
      for (const { action, dueDate } of followUpsDueByNextMeeting()) {
        expect(text).toContain(action);
        expect(text).toContain(dueDate);
      }
      expect(text).toContain('den 25 mars 2019');
    });

    it('comes as an iCalendar invitation', async () => {
      const file = await demo.get(MEMBER, nextPath('kallelse.ics'));
      expect(file.headers.get('content-type')).toMatch(/^text\/calendar; charset=utf-8; method=REQUEST/);
      expect(file.text).toContain('BEGIN:VEVENT');
      expect(file.text).toMatch(/UID:.+@samverkan\.localhost/);
    });
  });

  describe('who sees what', () => {
    it('gives HR, who is no member of the group, the public version', async () => {
      const file = await demo.get(HR, seedPath('protokoll.json'));
      expect(file.status).toBe(200);
      expect(JSON.parse(file.text).audience).toBe('public');
    });

    it('answers an unknown document name with 404 DOCUMENT.UNKNOWN in problem+json', async () => {
      const file = await demo.get(MEMBER, seedPath('protokoll.docx'));
      expect(file.status).toBe(404);
      expect(file.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(JSON.parse(file.text).code).toBe('DOCUMENT.UNKNOWN');
    });
  });
});
