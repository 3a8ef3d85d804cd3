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
import { JUSTERING_SENTENCE, seedMinnesanteckningar } from './fixtures/minnesanteckningar.fixtures.js';
import { readPdf, words, type ReadPdf } from './fixtures/read-pdf.fixtures.js';
import { PdfRenderer } from './pdf-renderer.js';

const renderer = new PdfRenderer();

describe('Minnesanteckningar as PDF, laid out as seed 002', () => {
  let read: ReadPdf;

  beforeAll(async () => {
    read = await readPdf(await renderer.render(seedMinnesanteckningar()));
  });

  it('opens with the title sentence, "Bilaga till protokoll" and the chair line', () => {
    expect(read.pages[0].body).toMatch(
      /^Minnesanteckningar från samverkansgrupp FSG\/VSG – Socialförvaltningen den 25 februari 2019 Bilaga till protokoll 2\/2019 /,
    );
    expect(read.text).toContain('Ordförande: Dinah Åbinger är frånvarande, Jessica Granquist ersätter.');
    expect(read.text).toContain('Åsa Öberg är frånvarande, Örjan Åkesson ersätter.');
  });

  it('has the sections Information, Dialog and Beslut with each item’s title and full text, in order', () => {
    const order = [
      'Information: Föregående mötesanteckningar Inget att anmärka.',
      'Föredragningslistan Socialnämnden februari Vi går igenom föredragningslistan.',
      `Nytt inom arbetsmiljö ${words(ARBETSMILJO_TEXT)}`,
      `Dialog: Uppföljning av avslutningssamtalen ${words(AVSLUT_TEXT)}`,
      `Fackliga parter återkopplar kring förra tematräffen ${TEMATRAFF_REASON}`,
      `Beslut: Webbenkät årlig uppföljning – samverkan ${words(WEBBENKAT_TEXT)}`,
      'Ordförande avslutar mötet.',
      JUSTERING_SENTENCE,
    ];
    const positions = order.map((text) => read.text.indexOf(text));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints statements, the outcome, follow-ups with a Swedish date and protokollsanteckningar', () => {
    expect(read.text).toContain(`Akademikerförbundet SSR: ${SSR_STATEMENT}`);
    expect(read.text).toContain(`Vision: ${HOSTILE_TEXT}`);
    expect(read.text).toContain('Samverkan fullgjord i enighet.');
    expect(read.text).toContain(
      'Uppföljning: Ta fram en tydligare chefsplan för rekrytering av mellanchefer. Ansvarig: Jessica Granquist, senast den 30 april 2019.',
    );
    expect(read.text).toContain(`Protokollsanteckning från Vision: ${VISION_ANTECKNING}`);
  });

  it('heads every page like the paper original: title, date, DNR, SID x(y)', () => {
    expect(read.pages.length).toBeGreaterThan(1);
    read.pages.forEach((page, index) => {
      expect(page.head).toBe(
        `MINNESANTECKNINGAR SAMVERKANSGRUPP 2019-02-25 DNR:02/2019 SID ${index + 1}(${read.pages.length})`,
      );
    });
  });

  it('carries the title and Swedish as language, and is not PDF/A', () => {
    expect(read.info).toMatchObject({
      Title: 'Minnesanteckningar från samverkansgrupp FSG/VSG – Socialförvaltningen den 25 februari 2019',
      Language: 'sv-SE',
    });
    expect(read.xmp.get('pdfaid:part')).toBeUndefined();
  });
});

describe('The public version of the minnesanteckningar as PDF', () => {
  it('leaves the confidential item out and says so', async () => {
    const read = await readPdf(await renderer.render(forAudience(seedMinnesanteckningar(), 'public')));
    expect(read.text).not.toContain(CONFIDENTIAL_TITLE);
    expect(read.text).not.toContain(words(CONFIDENTIAL_TEXT));
    expect(read.text).toContain(
      '§ 7 Punkten är sekretessbelagd och redovisas inte i den offentliga versionen.',
    );
    expect(read.text).toContain('1 punkt är sekretessbelagd och har utelämnats i denna offentliga version.');
    expect(read.text).toContain(`Nytt inom arbetsmiljö ${words(ARBETSMILJO_TEXT)}`);
  });
});
