/**
 * The demo meeting's PDFs (seed 002 as 2/2019, justerat; the kallelse of 3/2019), read by the
 * programs a reader or an archive would use: poppler's pdftotext, pdfinfo and pdffonts, and qpdf.
 * Needs poppler-utils and qpdf (`npm run test:system`; .ci/run installs them).
 */
import { swedishLongDate } from '#libs/documents';
import {
  demoEmail,
  type DemoDocuments,
  startDemoDocuments,
} from '../documents/support/demo-documents-app.js';
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
} from '../documents/support/seed-002-expectations.js';
import {
  collapse,
  output,
  type PrintedText,
  printedText,
  run,
  tempFolder,
} from './support/system-programs.js';
import { expectInOrder } from '../support/expect-in-order.js';

const MEMBER = demoEmail('cornelia.sjostrom');
/** The APT's ordförande: its notes are its members' and the unit's employees'. */
const APT_CHAIR = demoEmail('agneta.ostberg');

const webbenkatTexts = () => recordedTextsOf('i-webbenkat');
const titles = agendaTitles();

interface ReadPdf {
  file: string;
  /** pdftotext -layout: lines as on the page, the page head's columns on one line. */
  layout: PrintedText;
  /** pdftotext without -layout: reading order, a table cell's wrapped lines together. */
  plain: PrintedText;
}

describe('the demo meeting’s PDFs, read with poppler and qpdf', () => {
  let demo: DemoDocuments;
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  const pdfs = new Map<string, ReadPdf>();

  type Which = 'seed' | 'next' | 'aptNext';
  const pathOf = (which: Which, file: string) => `/api/meetings/${demo.meetingId(which)}/documents/${file}`;

  /** Fetches the PDF (as the union member by default), writes it to the temp folder and reads it both ways. */
  async function fetchPdf(name: string, which: Which, file: string, reader = MEMBER): Promise<ReadPdf> {
    const response = await demo.get(reader, pathOf(which, file));
    expect({ name, status: response.status }).toEqual({ name, status: 200 });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const path = await folder.write(`${name}.pdf`, response.bytes);
    const read = {
      file: path,
      layout: await printedText(path, 'layout'),
      plain: await printedText(path, 'plain'),
    };
    pdfs.set(name, read);
    return read;
  }
  const pdf = (name: string): ReadPdf => {
    const read = pdfs.get(name);
    if (!read) throw new Error(`${name}.pdf was not fetched`);
    return read;
  };

  beforeAll(async () => {
    demo = await startDemoDocuments();
    folder = await tempFolder('demo-pdfs');
    await fetchPdf('minnesanteckningar', 'seed', 'minnesanteckningar.pdf');
    await fetchPdf('protokoll', 'seed', 'protokoll.pdf');
    await fetchPdf('protokollsutdrag-12', 'seed', 'protokollsutdrag-12.pdf');
    await fetchPdf('kallelse-3-2019', 'next', 'kallelse.pdf');
    // The notes of the meeting not yet held, the APT's of 8 April (read by its ordförande): a draft ("UTKAST").
    await fetchPdf('minnesanteckningar-utkast-apt', 'aptNext', 'minnesanteckningar.pdf', APT_CHAIR);
  });
  afterAll(async () => {
    await folder?.remove();
    await demo?.close();
  });

  describe('the minnesanteckningar of 2/2019', () => {
    const inOrder = [
      MINNESANTECKNINGAR_TITLE,
      'Bilaga till protokoll 2/2019',
      'Ordförande:',
      CHAIR_LINE,
      'Information:',
      titleOf('i-foregaende'),
      ...recordedTextsOf('i-foregaende'),
      'Dialog:',
      titleOf('i-avslut'),
      DEFERRED_TITLE,
      DEFERRAL_REASON,
      'Beslut:',
      titleOf('i-webbenkat'),
      'Ordförande avslutar mötet.',
      JUSTERING_SENTENCE,
    ];

    it.each(['layout', 'plain'] as const)(
      'read by pdftotext (%s): sections in order, every title and recorded text, deferral, follow-ups, justering',
      (mode) => {
        const { body } = pdf('minnesanteckningar')[mode];
        expectInOrder(body, inOrder);
        for (const title of titles) expect(body).toContain(title);
        for (const recorded of recordedTexts()) expect(body).toContain(recorded);
        // Prose, as seed 002: "Uppföljning: <action>. Ansvarig: <name>, senast den 25 mars 2019."
        for (const { action, responsibleName, dueDate } of followUps()) {
          expect(body).toContain(
            `Uppföljning: ${action}. Ansvarig: ${responsibleName}, senast ${swedishLongDate(dueDate)}.`,
          );
        }
        for (const letter of ['å', 'ä', 'ö', 'Ö']) expect(body).toContain(letter);
      },
    );

    it('has the page head on every page: title, date, DNR and "SID x(n)"', () => {
      const { pages } = pdf('minnesanteckningar').layout;
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((page, index) => {
        expect(page.head).toContain('MINNESANTECKNINGAR SAMVERKANSGRUPP');
        expect(page.head).toContain('2019-02-25');
        expect(page.head).toContain('DNR:02/2019');
        expect(page.head).toContain(`SID ${index + 1}(${pages.length})`);
      });
    });
  });

  describe('the justerat protocol 2/2019', () => {
    it('has every section, § title, recorded text and the deferral reason (pdftotext -layout)', () => {
      const { body } = pdf('protokoll').layout;
      expectInOrder(body, [
        'Protokoll 2/2019',
        'Protokollets omfattning §1–§12',
        '§ 1 Mötets öppnande',
        `Till justerare utses ${nameOf('ssr')} för Akademikerförbundet SSR och ${nameOf('viceChair')} för arbetsgivaren.`,
        'Information',
        `§ 4 ${titleOf('i-foregaende')}`,
        'Dialog',
        `§ 8 ${titleOf('i-avslut')}`,
        `§ 11 ${DEFERRED_TITLE}`,
        DEFERRAL_REASON,
        'Beslut',
        `§ 12 ${titleOf('i-webbenkat')}`,
        'Samverkan fullgjord i enighet.',
        'Justering',
        'Protokollet är justerat 2019-04-01 kl. 14.00.',
      ]);
      for (const title of titles) expect(body).toContain(title);
      for (const recorded of recordedTexts()) expect(body).toContain(recorded);
      expect(body).toMatch(/sha256:[0-9a-f]{64}/);
      for (const who of ['chair', 'vision', 'kommunal', 'viceChair'] as const) {
        expect(body).toContain(nameOf(who));
      }
    });

    it('lists each follow-up with who and by when, on one table row', () => {
      const lines = pdf('protokoll')
        .layout.pages.flatMap((page) => page.body.split('\n'))
        .map(collapse);
      for (const { action, responsibleName, dueDate } of followUps()) {
        const firstWords = action.split(' ').slice(0, 3).join(' ');
        expect(lines).toContainEqual(expect.stringMatching(new RegExp(`${responsibleName} ${dueDate}$`)));
        expect(lines).toContainEqual(expect.stringContaining(firstWords));
      }
    });

    it('has the page head on every page', () => {
      const { pages } = pdf('protokoll').layout;
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((page, index) => {
        expect(page.head).toContain('PROTOKOLL SAMVERKANSGRUPP');
        expect(page.head).toContain('DNR:02/2019');
        expect(page.head).toContain(`SID ${index + 1}(${pages.length})`);
      });
    });
  });

  it('gives the protokollsutdrag of § 12 with the protocol header, the § whole and the justering', () => {
    const { body, pages } = pdf('protokollsutdrag-12').layout;
    expectInOrder(body, [
      'Protokollsutdrag',
      'Ur protokoll 2/2019',
      `§ 12 ${titleOf('i-webbenkat')}`,
      ...webbenkatTexts(),
      'Samverkan fullgjord i enighet.',
      'Protokollet är justerat 2019-04-01 kl. 14.00.',
    ]);
    expect(body).not.toContain(titleOf('i-avslut'));
    expect(pages[0]?.head).toContain('PROTOKOLLSUTDRAG SAMVERKANSGRUPP');
    pages.forEach((page, index) => expect(page.head).toContain(`SID ${index + 1}(${pages.length})`));
  });

  describe('the kallelse of 3/2019', () => {
    it('lists the returning items with their origin and the follow-ups due (pdftotext, reading order)', () => {
      const { body } = pdf('kallelse-3-2019').plain;
      expectInOrder(body, [
        'Kallelse till samverkansgrupp FSG/VSG Socialförvaltningen',
        // The demo holds March: its number came when it closed.
        'Möte 3/2019, den 25 mars 2019',
        'Mötets öppnande',
        'Val av justerare',
        'Fastställande av dagordning',
        DEFERRED_TITLE,
        `Bordlagd från § 11, 2019-02-25 – ${DEFERRAL_REASON}`,
      ]);
      const due = followUpsDueByNextMeeting();
      // pdftotext joins a word hyphenated at a line break ("HLR-" / "utbildningar" → "HLRutbildningar")
      // when the agenda column wraps it there, so hyphens are compared out of the action texts.
      const unhyphenated = (text: string) => text.replaceAll('-', '');
      for (const { action, responsibleName, dueDate } of due) {
        expect(unhyphenated(body)).toContain(unhyphenated(action));
        expect(body).toContain(`senast ${dueDate}`);
        expect(body).toContain(responsibleName);
      }
      expect(due).toHaveLength(2);
      for (const { action } of followUps().filter((f) => !due.some((d) => d.action === f.action))) {
        expect(body).not.toContain(action);
      }
    });

    it('has the page head with DNR:03/2019 and "SID 1(n)"', () => {
      for (const mode of ['layout', 'plain'] as const) {
        const { pages } = pdf('kallelse-3-2019')[mode];
        pages.forEach((page, index) => {
          expect(page.head).toContain('KALLELSE SAMVERKANSGRUPP');
          expect(page.head).toContain('DNR:03/2019');
          expect(page.head).toContain(`SID ${index + 1}(${pages.length})`);
        });
      }
    });
  });

  it("marks the draft notes of the APT's coming meeting as UTKAST in the page head", () => {
    const { pages, body } = pdf('minnesanteckningar-utkast-apt').layout;
    pages.forEach((page, index) => {
      expect(page.head).toContain('UTKAST');
      expect(page.head).toContain(`SID ${index + 1}(${pages.length})`);
    });
    expect(body).toContain('Utkast – inte fastställt eller justerat.');
  });

  describe('as files', () => {
    const everyPdf = () => [...pdfs.keys()];

    it('pass qpdf --check with exit 0 and no warnings', async () => {
      for (const name of everyPdf()) {
        const result = await run('qpdf', ['--check', pdf(name).file]);
        expect({ name, ...result }).toEqual({
          name,
          code: 0,
          stdout: expect.stringContaining('No syntax or stream encoding errors found'),
          stderr: '',
        });
        expect(result.stdout).not.toMatch(/warning/i);
      }
    });

    it('are A4, with every font embedded (pdfinfo, pdffonts)', async () => {
      for (const name of everyPdf()) {
        const info = await output('pdfinfo', [pdf(name).file]);
        expect({ name, size: /Page size:\s+(.*)/.exec(info)?.[1] }).toEqual({
          name,
          size: '595.28 x 841.89 pts (A4)',
        });
        const fonts = (await output('pdffonts', [pdf(name).file])).split('\n').slice(2).filter(Boolean);
        expect(fonts.length).toBeGreaterThan(0);
        // Columns: name, type, encoding, emb, sub, uni, object ID ("12 0"): "emb" is 5th from the end.
        for (const font of fonts)
          expect({ name, font, emb: font.trim().split(/\s+/).at(-5) }).toMatchObject({ emb: 'yes' });
      }
    });

    it('are tagged for PDF/UA-1: a Document tree without the page heads, pdfuaid in the XMP (pdfinfo)', async () => {
      for (const name of everyPdf()) {
        const info = await output('pdfinfo', [pdf(name).file]);
        expect({ name, tagged: /Tagged:\s+yes/.test(info) }).toEqual({ name, tagged: true });
        const xmp = await output('pdfinfo', ['-meta', pdf(name).file]);
        expect({ name, pdfua: /pdfuaid:part(>|=")1/.test(xmp) }).toEqual({ name, pdfua: true });
        const tree = await output('pdfinfo', ['-struct-text', pdf(name).file]);
        expect({ name, root: tree.split('\n')[0], head: /SID \d/.test(tree) }).toEqual({
          name,
          root: 'Document',
          head: false,
        });
      }
    });

    it('tag the protocol’s §§ as headings in order and its tables’ header cells as column headers', async () => {
      const tree = await output('pdfinfo', ['-struct-text', pdf('protokoll').file]);
      // pdfinfo -struct-text: an element's type on one line, its text quoted on the next.
      const lines = tree.split('\n').map((line) => line.trim());
      const headings = lines.flatMap((line, index) =>
        /^H\d\b/.test(line) ? [`${line.slice(0, 2)} ${lines[index + 1]?.replace(/^"|"$/g, '')}`] : [],
      );
      expect(headings[0]).toBe('H1 Protokoll 2/2019');
      const paragraphs = headings.filter((heading) => / § \d+ /.test(heading));
      expect(paragraphs.map((heading) => heading.split(' ')[2])).toEqual(
        Array.from({ length: 12 }, (_, index) => `${index + 1}`),
      );
      expect(headings).toEqual(
        expect.arrayContaining([
          'H2 § 1 Mötets öppnande',
          'H2 Information',
          `H3 § 4 ${titleOf('i-foregaende')}`,
          `H3 § 12 ${titleOf('i-webbenkat')}`,
          'H2 Justering',
        ]),
      );
      expect(tree).toMatch(/THead\s+TR\s+TH:\s+\/Scope \/Column\s+"Åtgärd"/);
      expect(tree).toMatch(/TH:\s+\/Scope \/Column\s+"Justerare"/);
    });

    it('identify every PDF, the kallelse and a draft too, as PDF/A-2b in its XMP (pdfinfo -meta)', async () => {
      for (const name of everyPdf()) {
        const xmp = await output('pdfinfo', ['-meta', pdf(name).file]);
        expect({ name, part: /pdfaid:part(>|=")2/.test(xmp) }).toEqual({ name, part: true });
        expect({ name, conformance: /pdfaid:conformance(>|=")B/.test(xmp) }).toEqual({
          name,
          conformance: true,
        });
      }
    });
  });
});
