import { forAudience } from '../model/index.js';
import { texts } from '../testing/meeting.fixtures.js';
import { utdragFixture } from '../testing/protocol.fixtures.js';
import { readPdf, words } from '../testing/read-pdf.fixtures.js';
import { PdfRenderer } from './pdf-renderer.js';

const renderer = new PdfRenderer();

describe('A protokollsutdrag as PDF', () => {
  it('has the protocol’s head, the one § in full and the justering', async () => {
    const read = await readPdf(await renderer.render(utdragFixture(7)));
    expect(read.text).toMatch(
      /^Protokollsutdrag Ur protokoll 2\/2019, samverkansgrupp FSG\/VSG Socialförvaltningen /,
    );
    expect(read.text).toContain('Tid den 25 februari 2019 kl. 08.30–11.00');
    expect(read.text).toContain(
      `§ 7 Uppföljning av avslutningssamtalen Föredragande: Maria Ek ${words(texts.avslutningssamtal)}`,
    );
    expect(read.text).toContain(`${texts.followUpAction} Maria Ek 2019-03-25`);
    expect(read.text).toContain('Protokollet är justerat 2019-02-27 kl. 13.40.');
    expect(read.text).toMatch(/sha256:[0-9a-f]{64}/);
    expect(read.text).not.toContain('§ 5');
    expect(read.pages[0].head).toBe('PROTOKOLLSUTDRAG SAMVERKANSGRUPP 2019-02-25 DNR:02/2019 SID 1(1)');
    expect(read.info).toMatchObject({
      Title: 'Protokollsutdrag: § 7 ur protokoll 2/2019 – FSG/VSG Socialförvaltningen',
      Language: 'sv-SE',
    });
  });

  it('says when the protocol is not yet justerat', async () => {
    const waiting = utdragFixture(7);
    waiting.justering = { status: 'väntar på justering', entries: [] };
    const read = await readPdf(await renderer.render(waiting));
    expect(read.text).toContain('Protokollet väntar på justering.');
    expect(read.text).not.toContain('Protokollet är justerat');
  });

  it('of a confidential §, in the public version, shows only that it is left out', async () => {
    const read = await readPdf(await renderer.render(forAudience(utdragFixture(9), 'public')));
    expect(read.text).not.toContain('Säkerhetsåtgärder efter hot');
    expect(read.text).toContain(
      '§ 9 Punkten är sekretessbelagd och redovisas inte i den offentliga versionen.',
    );
    expect(read.info.Title).not.toContain('Säkerhetsåtgärder');
  });
});
