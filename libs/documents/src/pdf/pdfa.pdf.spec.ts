import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { forAudience, type MeetingDocument } from '../model/index.js';
import { cancelledKallelseFixture, kallelseFixture } from '../testing/kallelse.fixtures.js';
import { minnesanteckningarFixture } from '../testing/minnesanteckningar.fixtures.js';
import { draftProtocolFixture, protocolFixture, utdragFixture } from '../testing/protocol.fixtures.js';
import { openPdf, readPdf } from '../testing/read-pdf.fixtures.js';
import { PdfRenderer } from './pdf-renderer.js';

const renderer = new PdfRenderer();

const kinds: [string, () => MeetingDocument][] = [
  ['the justerat protocol', protocolFixture],
  ['a draft protocol', draftProtocolFixture],
  ['the public protocol', () => forAudience(protocolFixture(), 'public')],
  ['a protokollsutdrag', () => utdragFixture(7)],
  ['the minnesanteckningar ("Bilaga till protokoll")', minnesanteckningarFixture],
  ['the kallelse', kallelseFixture],
  ['a cancelled kallelse', cancelledKallelseFixture],
];

/** The fonts the pages draw with, as pdf.js loads them: their names and whether the file is missing. */
async function fontsDrawnWith(pdf: Buffer): Promise<{ name: string; embedded: boolean }[]> {
  const document = await openPdf(pdf);
  try {
    const fonts = new Map<string, { name: string; embedded: boolean }>();
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const operators = await page.getOperatorList();
      operators.fnArray.forEach((fn, index) => {
        if (fn !== OPS.setFont) return;
        const id = (operators.argsArray[index] as [string])[0];
        const font = page.commonObjs.get(id) as { name: string; missingFile: boolean };
        fonts.set(id, { name: font.name, embedded: !font.missingFile });
      });
    }
    return [...fonts.values()];
  } finally {
    await document.destroy();
  }
}

describe.each(kinds)('%s as PDF', (_kind, fixture) => {
  let pdf: Buffer;

  beforeAll(async () => {
    pdf = await renderer.render(fixture());
  });

  it('identifies itself as PDF/A-2b in its XMP metadata', async () => {
    const read = await readPdf(pdf);
    expect([read.xmp.get('pdfaid:part'), read.xmp.get('pdfaid:conformance')]).toEqual(['2', 'B']);
  });

  it('carries an sRGB output intent for PDF/A', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(raw).toContain('/S /GTS_PDFA1');
    expect(raw).toContain('/OutputConditionIdentifier (sRGB IEC61966-2.1)');
  });

  it('draws only with embedded Roboto fonts', async () => {
    const fonts = await fontsDrawnWith(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toEqual({ name: expect.stringMatching(/Roboto/), embedded: true });
  });
});
