import { forAudience, type MeetingDocument } from '../model/index.js';
import { outlineOf, type Block, type HeadingBlock, type SectionBlock } from '../outline/index.js';
import { cancelledKallelseFixture, kallelseFixture } from '../testing/kallelse.fixtures.js';
import { HOSTILE, withHostileText } from '../testing/hostile-text.fixtures.js';
import { texts } from '../testing/meeting.fixtures.js';
import { minnesanteckningarFixture } from '../testing/minnesanteckningar.fixtures.js';
import { draftProtocolFixture, protocolFixture, utdragFixture } from '../testing/protocol.fixtures.js';
import {
  readPdf,
  readTags,
  taggedElements,
  words,
  type ReadTags,
  type TaggedElement,
} from '../testing/read-pdf.fixtures.js';
import { PdfRenderer } from './pdf-renderer.js';

const renderer = new PdfRenderer();

/** Every element of every page's tree, in reading order. */
const everyElement = (tags: ReadTags) => tags.pages.flatMap((page) => taggedElements(page));
const ofRole = (tags: ReadTags, role: string | RegExp) =>
  everyElement(tags).filter((element) =>
    typeof role === 'string' ? element.role === role : role.test(element.role),
  );
/** The headings in reading order, each once (pdf.js gives a page's part of the tree per page). */
const headings = (tags: ReadTags) => ofRole(tags, /^H\d$/).map(({ role, text }) => `${role} ${text}`);

function outlineHeadings(blocks: Block[]): HeadingBlock[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'heading') return [block];
    return block.kind === 'section' ? outlineHeadings(block.blocks) : [];
  });
}

describe('The justerat protocol’s tag tree (PDF/UA)', () => {
  let pdf: Buffer;
  let tags: ReadTags;

  beforeAll(async () => {
    pdf = await renderer.render(protocolFixture());
    tags = await readTags(pdf);
  });

  it('is one Document whose first element is the H1 title', () => {
    for (const page of tags.pages) expect(page.map((element) => element.role)).toEqual(['Document']);
    expect(tags.pages[0][0].children[0]).toMatchObject({ role: 'H1', text: 'Protokoll 2/2019' });
    expect(ofRole(tags, 'H1')).toHaveLength(1);
  });

  it('has a heading per §, in the order of the §§: H3 under its section’s H2, H2 where the section has none', () => {
    const sections = outlineOf(protocolFixture()).blocks.filter(
      (block): block is SectionBlock => block.kind === 'section' && block.style === 'protocol-section',
    );
    const expected = sections.flatMap((section) => {
      const level = section.blocks[0].kind === 'heading' ? 'H3' : 'H2';
      return outlineHeadings(section.blocks)
        .filter((heading) => heading.number?.startsWith('§'))
        .map((heading) => `${level} ${heading.number} ${heading.text}`);
    });
    expect(expected.map((heading) => heading.split(' ').slice(1, 3).join(' '))).toEqual(
      Array.from({ length: 13 }, (_, index) => `§ ${index + 1}`),
    );
    expect(expected).toContain('H2 § 1 Mötets öppnande');
    const tagged = headings(tags);
    expect(tagged.filter((heading) => /^H\d § /.test(heading))).toEqual(expected);
    expect(tagged).toEqual(
      expect.arrayContaining(['H2 Information', 'H3 § 5 Nytt inom arbetsmiljö', 'H2 Justering']),
    );
    const levels = tagged.map((heading) => Number(heading[1]));
    levels.forEach((level, index) => expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1));
  });

  it('tags the recorded text as paragraphs, with å ä ö as printed', () => {
    const paragraphs = ofRole(tags, 'P').map((element) => element.text);
    expect(paragraphs).toContain(words(texts.arbetsmiljo.split('\n\n')[0]));
    expect(paragraphs).toContain(`Protokollsanteckning från Vision: ${texts.visionAnteckning}`);
    expect(paragraphs).toContain('Kontrollsumma för den justerade texten:');
    for (const letters of ['å', 'ä', 'ö', 'Å', 'Ö'])
      expect(everyElement(tags).some((element) => element.text.includes(letters))).toBe(true);
  });

  it('tables the follow-ups and the justering with header cells (TH, scope Column) over the data (TD)', () => {
    const tables = ofRole(tags, 'Table');
    const headersOf = (table: TaggedElement) =>
      taggedElements([table])
        .filter((element) => element.role === 'TH' && element.path.includes('THead'))
        .map((element) => element.text);
    expect(tables.map(headersOf)).toEqual(
      expect.arrayContaining([
        ['Åtgärd', 'Ansvarig', 'Senast'],
        ['Justerare', 'Justerar för', 'Status'],
      ]),
    );
    const justering = tables.find((table) => headersOf(table)[0] === 'Justerare')!;
    const cells = taggedElements([justering]).filter((element) => element.role === 'TD');
    expect(cells.map((cell) => cell.text)).toEqual(
      expect.arrayContaining([
        'Cecilia Cederström',
        'Akademikerförbundet SSR',
        'Justerat 2019-02-27 kl. 09.12',
      ]),
    );
    expect(cells.every((cell) => cell.path.slice(-3).join('/') === 'Table/TBody/TR')).toBe(true);
    // The header cells' scope is an attribute, which pdf.js does not give: read in the file.
    expect(pdf.toString('latin1')).toMatch(/\/S \/TH\s[^]*?\/Scope \/Column/);
  });

  it('gives the meeting’s facts as a table whose labels are row headers', () => {
    const facts = ofRole(tags, 'Table')[0];
    const rows = taggedElements([facts]).filter((element) => element.role === 'TR');
    expect(rows.slice(0, 2).map((row) => row.children.map((cell) => `${cell.role} ${cell.text}`))).toEqual([
      ['TH Organisation', 'TD Exempelstads kommun'],
      ['TH Samverkansgrupp', 'TD FSG/VSG Socialförvaltningen'],
    ]);
  });

  it('lists the people present under their organisation’s heading (L, LI, LBody)', () => {
    expect(headings(tags)).toEqual(expect.arrayContaining(['H2 Närvarande', 'H3 Arbetsgivaren']));
    const lists = ofRole(tags, 'L');
    expect(lists[0].children.map((item) => item.role)).toEqual(['LI', 'LI']);
    expect(lists[0].children.map((item) => item.children.map((body) => `${body.role} ${body.text}`))).toEqual(
      [
        ['LBody Jessica Granquist, HR-chef (ersätter Dinah Åbinger)'],
        ['LBody Petra Hellberg, avdelningschef'],
      ],
    );
  });

  it('keeps the page heads out of the tree (pagination artifacts) and leaves no text untagged', async () => {
    const { pages } = await readPdf(pdf);
    expect(pages.length).toBeGreaterThan(1);
    tags.artifacts.forEach((artifact, index) => {
      expect(artifact).toBe(pages[index].head);
      expect(artifact).toContain(`SID ${index + 1}(${pages.length})`);
    });
    const treeText = everyElement(tags).map((element) => element.text);
    expect(treeText.some((text) => /SID \d|PROTOKOLL SAMVERKANSGRUPP/.test(text))).toBe(false);
    expect(tags.unmarked).toEqual([]);
  });

  it('is marked, Swedish, titled, and identifies itself as PDF/UA-1 and PDF/A-2b', async () => {
    expect(tags.catalog.markInfo).toMatchObject({ Marked: true });
    expect(tags.catalog.viewerPreferences).toMatchObject({ DisplayDocTitle: true });
    const read = await readPdf(pdf);
    expect(read.info).toMatchObject({
      Language: 'sv-SE',
      Title: 'Protokoll 2/2019 – FSG/VSG Socialförvaltningen',
    });
    expect(read.xmp.get('dc:title')).toBe('Protokoll 2/2019 – FSG/VSG Socialförvaltningen');
    expect(read.xmp.get('pdfuaid:part')).toBe('1');
    expect([read.xmp.get('pdfaid:part'), read.xmp.get('pdfaid:conformance')]).toEqual(['2', 'B']);
  });
});

describe('User text in the tag tree', () => {
  it('is tagged literally, and an "&" or "<" in a name keeps the XMP, PDF/UA identification included, readable', async () => {
    const protocol = withHostileText(protocolFixture());
    protocol.header.groupName = 'FSG & VSG <Socialförvaltningen>';
    const pdf = await renderer.render(protocol);
    const tags = await readTags(pdf);
    expect(headings(tags)).toContain(`H2 § 1 Mötets öppnande${HOSTILE}`);
    expect(ofRole(tags, 'P').map((element) => element.text)).toContain(
      `Protokollsanteckning från Vision${HOSTILE}: ${texts.visionAnteckning}${HOSTILE}`,
    );
    const read = await readPdf(pdf);
    expect(read.xmp.get('pdfuaid:part')).toBe('1');
    expect(read.xmp.get('dc:title')).toBe('Protokoll 2/2019 – FSG ＆ VSG ‹Socialförvaltningen›');
  });
});

describe('A kallelse whose agenda runs over two pages', () => {
  it('repeats the agenda’s header row on the next page as an artifact, tagged once', async () => {
    const kallelse = kallelseFixture();
    kallelse.items = Array.from({ length: 8 }, () => kallelse.items)
      .flat()
      .map((item, index) => ({ ...item, number: index + 1 }));
    const tags = await readTags(await renderer.render(kallelse));
    expect(tags.pages.length).toBeGreaterThan(1);
    expect(tags.artifacts[1]).toMatch(/§ Ärende Typ Föredragande Anmäld av Tid/);
    // pdf.js gives a table's header cells again on every page the table runs over, empty there.
    const header = taggedElements(tags.pages.flat()).filter(
      (element) => element.role === 'TH' && element.path.includes('THead') && element.text !== '',
    );
    expect(header.map((cell) => cell.text)).toEqual([
      '§',
      'Ärende',
      'Typ',
      'Föredragande',
      'Anmäld av',
      'Tid',
    ]);
    expect(tags.unmarked).toEqual([]);
  });
});

const kinds: [string, () => MeetingDocument][] = [
  ['a draft protocol', draftProtocolFixture],
  ['the public protocol', () => forAudience(protocolFixture(), 'public')],
  ['a protokollsutdrag', () => utdragFixture(7)],
  ['the minnesanteckningar', minnesanteckningarFixture],
  ['the kallelse', kallelseFixture],
  ['a cancelled kallelse', cancelledKallelseFixture],
];

describe.each(kinds)('%s as tagged PDF', (_kind, fixture) => {
  let tags: ReadTags;

  beforeAll(async () => {
    tags = await readTags(await renderer.render(fixture()));
  });

  it('is one Document opening with its H1 title, headings in order without a skipped level', () => {
    const outline = outlineOf(fixture());
    const title = outline.blocks[0] as HeadingBlock;
    expect(tags.pages[0][0].children[0]).toMatchObject({ role: 'H1', text: title.text });
    const tagged = headings(tags);
    const expected = outlineHeadings(outline.blocks).map((heading) =>
      words(heading.number ? `${heading.number} ${heading.text}` : heading.text),
    );
    expect(tagged.map((heading) => heading.slice(3))).toEqual(expect.arrayContaining(expected));
    const levels = tagged.map((heading) => Number(heading[1]));
    levels.forEach((level, index) => expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1));
  });

  it('has its page heads as artifacts only, and no untagged text', () => {
    tags.artifacts.forEach((artifact, index) => expect(artifact).toMatch(new RegExp(`SID ${index + 1}\\(`)));
    expect(tags.unmarked).toEqual([]);
    expect(tags.catalog.markInfo).toMatchObject({ Marked: true });
  });
});
