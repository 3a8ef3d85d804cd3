import { forAudience } from '../model/index.js';
import { cancelledKallelse, nextMeetingKallelse } from './fixtures/kallelse.fixtures.js';
import { CONFIDENTIAL_TITLE, HOSTILE_TEXT, TEMATRAFF_REASON } from './fixtures/meeting.fixtures.js';
import { readPdf, type ReadPdf } from './fixtures/read-pdf.fixtures.js';
import { PdfRenderer } from './pdf-renderer.js';

const renderer = new PdfRenderer();

describe('The kallelse as PDF', () => {
  let read: ReadPdf;

  beforeAll(async () => {
    read = await readPdf(await renderer.render(nextMeetingKallelse()));
  });

  it('says which group meets, when and where', () => {
    expect(read.text).toContain(
      'Kallelse till samverkansgrupp FSG/VSG Socialförvaltningen Möte 3/2019, den 25 mars 2019',
    );
    expect(read.text).toContain('Datum 2019-03-25 Tid 08.30–10.30 Plats Stadshuset, sammanträdesrum Öresund');
    expect(read.text).toContain('Videolänk https://möte.exempelstad.se/fsg-vsg');
  });

  it('lists the agenda with number, title, kind, presenter and minutes, and the total', () => {
    expect(read.text).toContain('Nr Punkt Typ Föredragande Min');
    expect(read.text).toContain('4 Föregående protokoll Stående punkt Jessica Granquist 5');
    expect(read.text).toContain(`7 ${CONFIDENTIAL_TITLE} Information 10`);
    expect(read.text).toContain('Beräknad tid 60');
  });

  it('marks returning items with where they come from', () => {
    expect(read.text).toContain(`Bordlagd från § 9, 2019-02-25 – ${TEMATRAFF_REASON}`);
    expect(read.text).toContain('Uppföljning från § 8, 2019-02-25, senast 2019-04-30');
  });

  it('prints user text literally', () => {
    expect(read.text).toContain(`Övrig fråga: ${HOSTILE_TEXT}`);
  });

  it('heads its page with title, date, DNR and SID', () => {
    expect(read.pages.map((page) => page.head)).toEqual([
      'KALLELSE SAMVERKANSGRUPP 2019-03-25 DNR:03/2019 SID 1(1)',
    ]);
  });

  it('says when it was sent and to how many', () => {
    expect(read.text).toContain(
      'Kallelsen skickades 2019-03-18 kl. 09.00 till 12 mottagare (dagordning version 3).',
    );
  });
});

describe('A cancelled kallelse, public version, as PDF', () => {
  let read: ReadPdf;

  beforeAll(async () => {
    read = await readPdf(await renderer.render(forAudience(cancelledKallelse(), 'public')));
  });

  it('says the meeting is inställt, why and when, on the page and in the page head', () => {
    expect(read.text).toContain(
      'Mötet är inställt Mötet ställs in på grund av för få deltagare från de fackliga parterna. Inställt 2019-03-20 kl. 13.00.',
    );
    expect(read.pages[0].head).toMatch(/^KALLELSE SAMVERKANSGRUPP INSTÄLLT /);
  });

  it('leaves the confidential item’s title out, keeps its number, and says so', () => {
    expect(read.text).not.toContain(CONFIDENTIAL_TITLE);
    expect(read.text).toContain(
      '7 Punkten är sekretessbelagd och redovisas inte i den offentliga versionen. Information',
    );
    expect(read.text).toContain('1 punkt är sekretessbelagd och har utelämnats i denna offentliga version.');
  });
});
