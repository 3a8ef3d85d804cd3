import { forAudience } from '../model/index.js';
import { cancelledKallelseFixture, kallelseFixture } from '../testing/kallelse.fixtures.js';
import { readPdf, type ReadPdf } from '../testing/read-pdf.fixtures.js';
import { PdfRenderer } from './pdf-renderer.js';

const renderer = new PdfRenderer();

describe('The kallelse as PDF', () => {
  let read: ReadPdf;

  beforeAll(async () => {
    read = await readPdf(await renderer.render(kallelseFixture()));
  });

  it('says which group meets, which meeting, when and where', () => {
    expect(read.text).toContain(
      'Kallelse till samverkansgrupp FSG/VSG Socialförvaltningen Möte 3/2019, den 25 mars 2019',
    );
    expect(read.text).toContain('Mötesnummer 3/2019 Dnr DNR:03/2019 Tid den 25 mars 2019 kl. 08.30–11.00');
    expect(read.text).toContain('Videolänk https://mote.exempelstad.se/fsg-vsg');
    expect(read.text).toContain('Dagordning version 3. Kallelsen skickades 2019-03-11 kl. 09.00.');
  });

  it('lists the agenda with number, title, kind, presenter, proposing union and minutes, and the total', () => {
    expect(read.text).toContain('§ Ärende Typ Föredragande Anmäld av Tid');
    expect(read.text).toContain('4 Föredragningslistan Socialnämnden mars Information Dinah Åbinger 15 min');
    expect(read.text).toContain(
      '5 Fackliga parter återkopplar kring förra tematräffen Bordlagd från § 10, 2019-02-25 –',
    );
    expect(read.text).toContain('Dialog Åsa Öberg Kommunal 20 min');
    expect(read.text).toContain('Uppföljning från § 7, 2019-02-25, senast 2019-03-25');
    expect(read.text).toContain('Beräknad tid totalt 101 min');
  });

  it('heads its page with title, date, DNR and SID', () => {
    expect(read.pages.map((page) => page.head)).toEqual([
      'KALLELSE SAMVERKANSGRUPP 2019-03-25 DNR:03/2019 SID 1(1)',
    ]);
  });
});

describe('A cancelled kallelse, public version, as PDF', () => {
  let read: ReadPdf;

  beforeAll(async () => {
    read = await readPdf(await renderer.render(forAudience(cancelledKallelseFixture(), 'public')));
  });

  it('says the meeting is inställt, why and when, on the page and in the page head', () => {
    expect(read.text).toContain(
      'INSTÄLLT Mötet den 25 mars 2019 är inställt. Ordförande och två fackliga företrädare är på länsövningen för krisberedskap. Inställt 2019-03-18 kl. 14.15',
    );
    expect(read.pages[0].head).toMatch(/^KALLELSE SAMVERKANSGRUPP INSTÄLLT /);
  });

  it('leaves the confidential item’s title out, keeps its number, and says so', () => {
    expect(read.text).not.toContain('Säkerhetsåtgärder efter hot');
    expect(read.text).toContain(
      '8 Punkten är sekretessbelagd och redovisas inte i den offentliga versionen. 9 Övriga frågor',
    );
    expect(read.text).toContain('1 punkt är sekretessbelagd och har utelämnats i denna offentliga version.');
  });
});
