import { forAudience } from '../model/index.js';
import {
  ARBETSMILJO_TEXT,
  AVSLUT_TEXT,
  CONFIDENTIAL_TEXT,
  CONFIDENTIAL_TITLE,
  HOSTILE_TEXT,
  SSR_STATEMENT,
  TEMATRAFF_REASON,
  VISION_ANTECKNING,
  WEBBENKAT_TEXT,
} from './fixtures/meeting.fixtures.js';
import {
  draftProtocol,
  justeratProtocol,
  protocolWithItems,
  TEXT_HASH,
} from './fixtures/protocol.fixtures.js';
import { readPdf, words, type ReadPdf } from './fixtures/read-pdf.fixtures.js';
import { PdfRenderer } from './pdf-renderer.js';

const renderer = new PdfRenderer();

describe('The protocol as PDF', () => {
  let pdf: Buffer;
  let read: ReadPdf;

  beforeAll(async () => {
    pdf = await renderer.render(justeratProtocol());
    read = await readPdf(pdf);
  });

  it('opens with the header: group, number, date, time, place, Dnr and the revision', () => {
    expect(read.pages[0].body).toContain('Protokoll 2/2019 Samverkansgrupp FSG/VSG Socialförvaltningen');
    expect(read.text).toContain('Datum 2019-02-25 Tid 08.30–11.00 Plats Stadshuset, sammanträdesrum Öresund');
    expect(read.text).toContain('Diarienummer DNR:02/2019');
    expect(read.text).toContain('Revision 1 (upprättad 2019-02-25 kl. 11.05 av Lisa Sekreterare).');
  });

  it('lists närvarande and frånvarande by organisation, with roles and who replaces whom', () => {
    expect(read.text).toContain(
      'Närvarande Arbetsgivaren Jessica Granquist, ordförande (ersätter Dinah Åbinger) Lisa Sekreterare, sekreterare ' +
        'Akademikerförbundet SSR Cecilia Cederström Vision Östen Ärlig',
    );
    expect(read.text).toContain('Frånvarande Arbetsgivaren Dinah Åbinger, ordförande Kommunal Åsa Öberg');
    expect(read.text).toContain('Adjungerade Petra Hellberg, HR-specialist');
  });

  it('names ordförande, sekreterare, justerare and the § range', () => {
    expect(read.text).toContain('Ordförande Jessica Granquist Sekreterare Lisa Sekreterare');
    expect(read.text).toContain(
      'Justerare Cecilia Cederström (Akademikerförbundet SSR), Jessica Granquist (Arbetsgivaren)',
    );
    expect(read.text).toContain('Protokollets omfattning §1–§10');
  });

  it('prints every § in order, section headings without a § number', () => {
    const order = [
      '§ 1 Mötets öppnande',
      '§ 2 Val av justerare',
      '§ 3 Fastställande av dagordning',
      '§ 4 Föregående protokoll',
      'Information § 5 Nytt inom arbetsmiljö',
      `§ 6 ${CONFIDENTIAL_TITLE}`,
      'Dialog § 7 Uppföljning av avslutningssamtalen',
      '§ 8 Fackliga parter återkopplar kring förra tematräffen',
      '§ 9 Arbetsskador och tillbud',
      'Beslut § 10 Webbenkät årlig uppföljning – samverkan',
      'Justering',
    ];
    const positions = order.map((heading) => read.text.indexOf(heading));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(read.text).not.toMatch(/§ \d+ (Information|Dialog|Beslut)\b/);
  });

  it('prints each text in full, the statements, outcomes, follow-ups and protokollsanteckningar', () => {
    for (const text of [ARBETSMILJO_TEXT, AVSLUT_TEXT, WEBBENKAT_TEXT, CONFIDENTIAL_TEXT]) {
      expect(read.text).toContain(words(text));
    }
    expect(read.text).toContain(`Akademikerförbundet SSR: ${SSR_STATEMENT}`);
    expect(read.text).toContain('Samverkan fullgjord i enighet.');
    expect(read.text).toContain('Samverkan fullgjord i oenighet. Vision är oenig.');
    expect(read.text).toContain(
      'Uppföljning Ansvarig Klart senast Ta fram en tydligare chefsplan för rekrytering av mellanchefer Jessica Granquist 2019-04-30',
    );
    expect(read.text).toContain(`Protokollsanteckning från Vision: ${VISION_ANTECKNING}`);
  });

  it('says why a deferred item was moved and where a returning item comes from', () => {
    expect(read.text).toContain(`Anmäld av: Kommunal ${TEMATRAFF_REASON}`);
    expect(read.text).toContain('Uppföljning från § 7, 2019-01-21, senast 2019-02-20');
  });

  it('marks a confidential § in the members’ version', () => {
    expect(read.text).toContain(
      'Sekretessbelagd punkt (OSL 39 kap. 3 §). Redovisas inte i den offentliga versionen.',
    );
  });

  it('ends with the justering: names, parties, times in Stockholm time and the hash', () => {
    expect(read.text).toContain('Protokollet är justerat 2019-02-28 kl. 09.12.');
    expect(read.text).toContain('Cecilia Cederström Akademikerförbundet SSR Justerat 2019-02-27 kl. 14.05');
    expect(read.text).toContain('Jessica Granquist Arbetsgivaren Justerat 2019-02-28 kl. 09.12');
    expect(read.text).toContain(`Kontrollsumma för den justerade texten ${TEXT_HASH}`);
  });

  it('prints user text literally: no markup, no template is interpreted', () => {
    expect(read.text).toContain(`Vision: ${HOSTILE_TEXT}`);
    expect(read.text).toContain('<script>alert(1)</script>');
    expect(read.text).toContain('{{x}}');
  });

  it('keeps å ä ö and Å Ä Ö intact', () => {
    expect(read.text).toContain('Östen Ärlig');
    expect(read.text).toContain('Åsa Öberg');
    expect(read.text).toContain('ÅÄÖ-enkäten');
    expect(read.text).toContain('Stadshuset, sammanträdesrum Öresund');
  });

  it('heads every page with the title, date, Dnr and "SID x(y)" on A4', () => {
    expect(read.pages.length).toBeGreaterThan(1);
    read.pages.forEach((page, index) => {
      expect(page.head).toBe(
        `PROTOKOLL SAMVERKANSGRUPP 2019-02-25 DNR:02/2019 SID ${index + 1}(${read.pages.length})`,
      );
      expect(page.size[0]).toBeCloseTo(595.28, 1);
      expect(page.size[1]).toBeCloseTo(841.89, 1);
    });
  });

  it('is PDF/A-2b once justerat, with title and language in the metadata', () => {
    expect(read.xmp.get('pdfaid:part')).toBe('2');
    expect(read.xmp.get('pdfaid:conformance')).toBe('B');
    expect(read.xmp.get('dc:title')).toBe(
      'Protokoll 2/2019 – Samverkansgrupp FSG/VSG Socialförvaltningen, 2019-02-25',
    );
    expect(read.info).toMatchObject({
      Title: read.xmp.get('dc:title'),
      Language: 'sv-SE',
      Author: 'Exempelstads kommun',
    });
    // The sRGB output intent PDF/A asks for, and no font the file does not carry.
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/OutputIntents');
    expect(raw).toContain('/OutputConditionIdentifier (sRGB IEC61966-2.1)');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(raw.match(/\/BaseFont \/[A-Z]{6}\+Roboto-\w+/g)?.length).toBeGreaterThan(0);
  });

  it('renders the same document to the same bytes, dated by the document and not the clock', async () => {
    expect(Buffer.compare(await renderer.render(justeratProtocol()), pdf)).toBe(0);
    expect(read.info.CreationDate).toBe('D:20190228081200Z');
  });
});

describe('Pasted text in the archived protocol', () => {
  it('prints a decomposed å as å and a symbol Roboto lacks as a visible replacement, never an empty box', async () => {
    const protocol = justeratProtocol();
    protocol.sections[0].paragraphs[0].text = 'Ordförande Ma\u030Ansson öppnar mötet.\tKlart ✓';
    const read = await readPdf(await renderer.render(protocol));
    expect(read.text).toContain('Ordförande Månsson öppnar mötet. Klart \uFFFD');
    expect(read.xmp.get('pdfaid:part')).toBe('2');
  });
});

describe('The draft protocol as PDF', () => {
  let read: ReadPdf;

  beforeAll(async () => {
    read = await readPdf(await renderer.render(draftProtocol()));
  });

  it('says it is a draft, on the first page and in every page head', () => {
    expect(read.text).toContain('Utkast – inte fastställt eller justerat.');
    expect(read.text).toContain('Utkast: protokollet är ännu inte klart för justering.');
    for (const page of read.pages) expect(page.head).toMatch(/^PROTOKOLL SAMVERKANSGRUPP UTKAST /);
  });

  it('prints the items without § numbers, which are fixed only at close', () => {
    expect(read.text).toContain('Mötets öppnande Stående punkt Ordförande öppnar mötet.');
    expect(read.text).toContain('Dialog Uppföljning av avslutningssamtalen');
    expect(read.text).not.toMatch(
      /§ ?\d+ (Mötets öppnande|Val av justerare|Uppföljning av avslutningssamtalen)/,
    );
    expect(read.text).not.toContain('Protokollets omfattning');
  });

  it('is not marked PDF/A, but still has its title and language', () => {
    expect(read.xmp.get('pdfaid:part')).toBeUndefined();
    expect(read.info).toMatchObject({
      Title: expect.stringContaining('Protokoll 2/2019'),
      Language: 'sv-SE',
    });
  });
});

describe('The public version of the protocol as PDF', () => {
  let read: ReadPdf;

  beforeAll(async () => {
    read = await readPdf(await renderer.render(forAudience(justeratProtocol(), 'public')));
  });

  it('leaves the confidential § out, keeps its number, and says so', () => {
    expect(read.text).not.toContain(CONFIDENTIAL_TITLE);
    expect(read.text).not.toContain(words(CONFIDENTIAL_TEXT));
    expect(read.text).toContain(
      '§ 6 Punkten är sekretessbelagd och redovisas inte i den offentliga versionen.',
    );
    expect(read.text).toContain('1 punkt är sekretessbelagd och har utelämnats i denna offentliga version.');
  });

  it('still prints the other §§', () => {
    expect(read.text).toContain('§ 5 Nytt inom arbetsmiljö');
    expect(read.text).toContain('§ 7 Uppföljning av avslutningssamtalen');
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
