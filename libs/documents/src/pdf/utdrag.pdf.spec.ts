import { forAudience } from '../model/index.js';
import { AVSLUT_TEXT, CONFIDENTIAL_TITLE, VISION_ANTECKNING } from './fixtures/meeting.fixtures.js';
import { TEXT_HASH } from './fixtures/protocol.fixtures.js';
import { readPdf, words } from './fixtures/read-pdf.fixtures.js';
import { unjusteratUtdrag, utdragOf } from './fixtures/utdrag.fixtures.js';
import { PdfRenderer } from './pdf-renderer.js';

const renderer = new PdfRenderer();

describe('A protokollsutdrag as PDF', () => {
  it('has the protocol’s header, the one § in full and the justering', async () => {
    const read = await readPdf(await renderer.render(utdragOf(7)));
    expect(read.text).toContain(
      'Protokollsutdrag Ur protokoll 2/2019 Samverkansgrupp FSG/VSG Socialförvaltningen',
    );
    expect(read.text).toContain('Datum 2019-02-25 Tid 08.30–11.00');
    expect(read.text).toContain(`§ 7 Uppföljning av avslutningssamtalen Dialog ${words(AVSLUT_TEXT)}`);
    expect(read.text).toContain(
      'Ta fram en tydligare chefsplan för rekrytering av mellanchefer Jessica Granquist 2019-04-30',
    );
    expect(read.text).toContain(`Protokollsanteckning från Vision: ${VISION_ANTECKNING}`);
    expect(read.text).toContain('Protokollet är justerat 2019-02-28 kl. 09.12.');
    expect(read.text).toContain(TEXT_HASH);
    expect(read.text).not.toContain('§ 5');
    expect(read.pages[0].head).toBe('PROTOKOLLSUTDRAG SAMVERKANSGRUPP 2019-02-25 DNR:02/2019 SID 1(1)');
    expect(read.info).toMatchObject({
      Title: expect.stringContaining('Protokollsutdrag § 7 ur protokoll 2/2019'),
      Language: 'sv-SE',
    });
  });

  it('says when the protocol is not yet justerat', async () => {
    const read = await readPdf(await renderer.render(unjusteratUtdrag(7)));
    expect(read.text).toContain('Protokollet väntar på justering.');
    expect(read.text).not.toContain('Protokollet är justerat');
  });

  it('of a confidential §, in the public version, shows only that it is left out', async () => {
    const read = await readPdf(await renderer.render(forAudience(utdragOf(6), 'public')));
    expect(read.text).not.toContain(CONFIDENTIAL_TITLE);
    expect(read.text).toContain(
      '§ 6 Punkten är sekretessbelagd och redovisas inte i den offentliga versionen.',
    );
    expect(read.info.Title).not.toContain(CONFIDENTIAL_TITLE);
  });
});
