import { forAudience } from '../model/index.js';
import { HOSTILE, withHostileText } from '../testing/hostile-text.fixtures.js';
import { texts } from '../testing/meeting.fixtures.js';
import { draftProtocolFixture, protocolFixture, protocolWithItems } from '../testing/protocol.fixtures.js';
import { readPdf, words, type ReadPdf } from '../testing/read-pdf.fixtures.js';
import { firstOutOfOrder } from '../testing/visible-text.js';
import { PdfRenderer } from './pdf-renderer.js';

const renderer = new PdfRenderer();
const confidentialTitle = 'Säkerhetsåtgärder efter hot mot enheten Utredning';

describe('The justerat protocol as PDF', () => {
  let pdf: Buffer;
  let read: ReadPdf;

  beforeAll(async () => {
    pdf = await renderer.render(protocolFixture());
    read = await readPdf(pdf);
  });

  it('opens with the title, the group, the meeting’s facts and the revision', () => {
    expect(read.pages[0].body).toMatch(/^Protokoll 2\/2019 Samverkansgrupp FSG\/VSG Socialförvaltningen /);
    expect(read.text).toContain(
      'Tid den 25 februari 2019 kl. 08.30–11.00 Plats Stadshuset, sammanträdesrum Öresund',
    );
    expect(read.text).toContain(
      'Revision 2 (ändrad 2019-02-26 kl. 15.05 av Maria Ek: Justerarens ändringar i § 8)',
    );
  });

  it('prints every § in order, every text in full, and ends with the justering and the hash', () => {
    expect(
      firstOutOfOrder(read.text, [
        'Närvarande Arbetsgivaren Jessica Granquist, HR-chef (ersätter Dinah Åbinger)',
        'Protokollets omfattning §1–§13',
        '§ 1 Mötets öppnande',
        `Information § 5 Nytt inom arbetsmiljö Föredragande: Petra Hellberg ${words(texts.arbetsmiljo.split('\n\n')[0])}`,
        `Dialog § 7 Uppföljning av avslutningssamtalen`,
        `Akademikerförbundet SSR: ${texts.ssrOmRekrytering}`,
        `Uppföljning Åtgärd Ansvarig Senast ${texts.followUpAction} Maria Ek 2019-03-25`,
        `§ 10 Fackliga parter återkopplar kring förra tematräffen Punkten är anmäld av Kommunal. ${texts.tematraffDeferral}`,
        `Beslut § 11 Webbenkät årlig uppföljning – samverkan`,
        `Protokollsanteckning från Vision: ${texts.visionAnteckning}`,
        '§ 13 Återrapportering hot och våld Uppföljning från § 6, 2019-01-28, senast 2019-02-25',
        'Mötet avslutades kl. 10.52.',
        'Justering Protokollet är justerat 2019-02-27 kl. 13.40.',
        'Cecilia Cederström Akademikerförbundet SSR Justerat 2019-02-27 kl. 09.12',
        'Kontrollsumma för den justerade texten: sha256:9f2c4e1ab07d',
      ]),
    ).toBeUndefined();
  });

  it('keeps å ä ö and Å Ä Ö intact', () => {
    for (const name of ['Åsa Öberg', 'Cecilia Cederström', 'sammanträdesrum Öresund'])
      expect(read.text).toContain(name);
  });

  it('heads every page with the title, date, DNR and "SID x(y)" on A4', () => {
    expect(read.pages.length).toBeGreaterThan(1);
    read.pages.forEach((page, index) => {
      expect(page.head).toBe(
        `PROTOKOLL SAMVERKANSGRUPP 2019-02-25 DNR:02/2019 SID ${index + 1}(${read.pages.length})`,
      );
      expect(page.size[0]).toBeCloseTo(595.28, 1);
      expect(page.size[1]).toBeCloseTo(841.89, 1);
    });
  });

  it('is PDF/A-2b once justerat, with title and language in the metadata, and only embedded fonts', () => {
    expect(read.xmp.get('pdfaid:part')).toBe('2');
    expect(read.xmp.get('pdfaid:conformance')).toBe('B');
    expect(read.xmp.get('dc:title')).toBe('Protokoll 2/2019 – FSG/VSG Socialförvaltningen');
    expect(read.info).toMatchObject({
      Title: read.xmp.get('dc:title'),
      Language: 'sv-SE',
      Author: 'Exempelstads kommun',
    });
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/OutputConditionIdentifier (sRGB IEC61966-2.1)');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(raw.match(/\/BaseFont \/[A-Z]{6}\+Roboto-\w+/g)?.length).toBeGreaterThan(0);
  });

  it('renders the same document to the same bytes, dated by the document and not the clock', async () => {
    expect(Buffer.compare(await renderer.render(protocolFixture()), pdf)).toBe(0);
    expect(read.info.CreationDate).toBe('D:20190227124000Z');
  });
});

describe('User text in the protocol PDF', () => {
  it('is printed literally: no markup, no template is interpreted', async () => {
    const read = await readPdf(await renderer.render(withHostileText(protocolFixture())));
    expect(read.text).toContain(`Mötets öppnande${HOSTILE}`);
    expect(read.text).toContain(`${texts.visionAnteckning}${HOSTILE}`);
  });

  it('pasted into the archived copy: a decomposed å prints as å, a symbol Roboto lacks as a visible replacement', async () => {
    const protocol = protocolFixture();
    protocol.sections[0].paragraphs[0].outcome = 'Ordförande Ma\u030Ansson öppnar mötet.\tKlart ✓';
    const read = await readPdf(await renderer.render(protocol));
    expect(read.text).toContain('Ordförande Månsson öppnar mötet. Klart \uFFFD');
    expect(read.xmp.get('pdfaid:part')).toBe('2');
  });
});

describe('The draft protocol as PDF', () => {
  let read: ReadPdf;

  beforeAll(async () => {
    read = await readPdf(await renderer.render(draftProtocolFixture()));
  });

  it('says it is a draft, on the first page and in every page head', () => {
    expect(read.text).toContain('Utkast – inte fastställt eller justerat.');
    expect(read.text).toContain('Utkast: protokollet är ännu inte klart för justering.');
    for (const page of read.pages) expect(page.head).toMatch(/^PROTOKOLL SAMVERKANSGRUPP UTKAST /);
  });

  it('prints the items without § numbers, and is PDF/A-2b like every document', () => {
    expect(read.text).toContain('Mötets öppnande Ordförande öppnar mötet.');
    expect(read.text).not.toMatch(/§ ?\d+ (Mötets öppnande|Nytt inom arbetsmiljö|Webbenkät)/);
    expect(read.text).not.toContain('Protokollets omfattning');
    expect(read.xmp.get('pdfaid:part')).toBe('2');
  });
});

describe('The public version of the protocol as PDF', () => {
  it('leaves the confidential § out, keeps its number, and says so', async () => {
    const read = await readPdf(await renderer.render(forAudience(protocolFixture(), 'public')));
    expect(read.text).not.toContain(confidentialTitle);
    expect(read.text).not.toContain(words(texts.sakerhetsatgarder));
    expect(read.text).toContain(
      '§ 9 Punkten är sekretessbelagd och redovisas inte i den offentliga versionen. § 10',
    );
    expect(read.text).toContain('1 punkt är sekretessbelagd och har utelämnats i denna offentliga version.');
    expect(read.info.Title).not.toContain(confidentialTitle);
  });
});

describe('A long protocol as PDF', () => {
  it('renders 40 items, every page with its head, none lost', async () => {
    const read = await readPdf(await renderer.render(protocolWithItems(40)));
    const count = read.pages.length;
    expect(count).toBeGreaterThan(10);
    read.pages.forEach((page, index) => expect(page.head).toContain(`SID ${index + 1}(${count})`));
    for (let item = 1; item <= 40; item++)
      expect(read.text).toContain(`§ ${item + 4} Punkt ${item}: Arbetsmiljö`);
    expect(read.text).toContain('Protokollets omfattning §1–§44');
    expect(read.text).toContain('Protokollet är justerat');
  });
});
