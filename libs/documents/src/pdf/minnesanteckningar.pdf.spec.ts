import { forAudience } from '../model/index.js';
import { texts } from '../testing/meeting.fixtures.js';
import { minnesanteckningarFixture } from '../testing/minnesanteckningar.fixtures.js';
import { readPdf, words, type ReadPdf } from '../testing/read-pdf.fixtures.js';
import { firstOutOfOrder } from '../testing/visible-text.js';
import { PdfRenderer } from './pdf-renderer.js';

const renderer = new PdfRenderer();

describe('Minnesanteckningar as PDF, laid out as seed 002', () => {
  let read: ReadPdf;

  beforeAll(async () => {
    read = await readPdf(await renderer.render(minnesanteckningarFixture()));
  });

  it('opens with the title sentence, "Bilaga till protokoll", the revision and the chair line', () => {
    expect(read.pages[0].body).toMatch(
      /^Minnesanteckningar från samverkansgrupp FSG\/VSG – Socialförvaltningen den 25 februari 2019 Bilaga till protokoll 2\/2019 /,
    );
    expect(read.text).toContain('Ordförande: Dinah Åbinger är frånvarande, Jessica Granquist ersätter.');
    expect(read.text).toContain('Åsa Öberg är frånvarande, Göran Ångström ersätter.');
  });

  it('has the sections with each item’s title and full text, in order, then the closing and the justering', () => {
    expect(
      firstOutOfOrder(read.text, [
        'Information: Föregående mötesanteckningar Inget att anmärka.',
        `Nytt inom arbetsmiljö ${words(texts.arbetsmiljo)}`,
        `Dialog: Uppföljning av avslutningssamtalen ${words(texts.avslutningssamtal)}`,
        `Uppföljning: ${texts.followUpAction} Ansvarig: Maria Ek, senast den 25 mars 2019.`,
        `Fackliga parter återkopplar kring förra tematräffen ${texts.tematraffDeferral}`,
        `Beslut: Webbenkät årlig uppföljning – samverkan ${words(texts.webbenkat)}`,
        `Samverkan fullgjord i enighet. Protokollsanteckning från Vision: ${texts.visionAnteckning}`,
        `${texts.closing} ${texts.justeringSentence}`,
      ]),
    ).toBeUndefined();
  });

  it('heads every page like the paper original: title, date, DNR, SID x(y)', () => {
    read.pages.forEach((page, index) => {
      expect(page.head).toBe(
        `MINNESANTECKNINGAR SAMVERKANSGRUPP 2019-02-25 DNR:02/2019 SID ${index + 1}(${read.pages.length})`,
      );
    });
  });

  it('carries the title and Swedish as language, and is PDF/A-2b like every document', () => {
    expect(read.info).toMatchObject({
      Title: 'Minnesanteckningar 2019-02-25 – FSG/VSG Socialförvaltningen',
      Language: 'sv-SE',
    });
    expect(read.xmp.get('pdfaid:part')).toBe('2');
  });
});

describe('The public version of the minnesanteckningar as PDF', () => {
  it('leaves the confidential item out and says so', async () => {
    const read = await readPdf(await renderer.render(forAudience(minnesanteckningarFixture(), 'public')));
    expect(read.text).not.toContain('Säkerhetsåtgärder efter hot');
    expect(read.text).not.toContain(words(texts.sakerhetsatgarder));
    expect(read.text).toContain(
      '§ 9 Punkten är sekretessbelagd och redovisas inte i den offentliga versionen.',
    );
    expect(read.text).toContain('1 punkt är sekretessbelagd och har utelämnats i denna offentliga version.');
  });
});
