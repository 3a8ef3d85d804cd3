import { forAudience } from '../model/index.js';
import { cancelledKallelseFixture, kallelseFixture } from '../testing/kallelse.fixtures.js';
import { minnesanteckningarFixture } from '../testing/minnesanteckningar.fixtures.js';
import { draftProtocolFixture, protocolFixture, utdragFixture } from '../testing/protocol.fixtures.js';
import type { Block, DocumentOutline, SectionBlock } from './blocks.js';
import { outlineOf } from './outline-of.js';

/** Every block in reading order, sections opened. */
const flat = (blocks: Block[]): Block[] =>
  blocks.flatMap((block) => (block.kind === 'section' ? [block, ...flat(block.blocks)] : [block]));
const kinds = (outline: DocumentOutline) => flat(outline.blocks).map((block) => block.kind);
const paragraphOf = (outline: DocumentOutline, number: string): SectionBlock =>
  flat(outline.blocks).find(
    (block): block is SectionBlock =>
      block.kind === 'section' &&
      block.blocks[0]?.kind === 'heading' &&
      (block.blocks[0].number ?? block.blocks[0].text) === number,
  )!;
const styles = (section: SectionBlock) =>
  section.blocks.map((block) => ('style' in block ? `${block.kind}:${block.style}` : block.kind));

describe('the print outline', () => {
  it('is plain JSON: the same after a round trip, so every renderer gets only text', () => {
    for (const document of [
      protocolFixture(),
      minnesanteckningarFixture(),
      kallelseFixture(),
      utdragFixture(),
    ]) {
      const outline = outlineOf(document);
      expect(JSON.parse(JSON.stringify(outline))).toEqual(outline);
    }
  });

  it('gives the protocol its page head, the facts, närvaro, roles, the §§ and the justering last', () => {
    const outline = outlineOf(protocolFixture());
    expect(outline.page).toEqual({
      title: 'Protokoll 2/2019 – FSG/VSG Socialförvaltningen',
      headTitle: 'PROTOKOLL SAMVERKANSGRUPP',
      date: '2019-02-25',
      dnr: 'DNR:02/2019',
      footer: 'FSG/VSG Socialförvaltningen · Revision 2',
    });
    expect(kinds(outline).slice(0, 5)).toEqual(['heading', 'line', 'facts', 'line', 'attendance']);
    expect(outline.blocks.at(-1)).toMatchObject({ kind: 'section', style: 'justering', keepTogether: true });
  });

  it('prints a deferral where the outcome stands, then follow-ups, then protokollsanteckningar', () => {
    const protocol = protocolFixture();
    const deferred = protocol.sections[2].paragraphs[3];
    Object.assign(deferred, {
      text: 'Text.',
      outcome: 'Informationen noteras.',
      followUps: [{ action: 'Återkom', responsible: 'Maria Ek', dueDate: '2019-03-25' }],
      protokollsanteckningar: [{ party: { side: 'union', name: 'Kommunal' }, text: 'Vi deltar nästa gång.' }],
    });
    expect(styles(paragraphOf(outlineOf(protocol), '§ 10'))).toEqual([
      'heading',
      'line:meta',
      'text',
      'line:deferral',
      'line:outcome',
      'table:follow-ups',
      'labelled:protokollsanteckning',
    ]);
  });

  it('keeps a confidential item’s § in the public version and nothing else of it', () => {
    const outline = outlineOf(forAudience(protocolFixture(), 'public'));
    expect(paragraphOf(outline, '§ 9').blocks).toEqual([
      { kind: 'heading', level: 3, text: '§ 9' },
      {
        kind: 'line',
        text: 'Punkten är sekretessbelagd och redovisas inte i den offentliga versionen.',
        style: 'omitted',
      },
    ]);
  });

  it('marks a draft in the page head, and a cancelled kallelse too', () => {
    expect(outlineOf(draftProtocolFixture()).page.marking).toBe('UTKAST');
    expect(outlineOf(cancelledKallelseFixture()).page).toMatchObject({
      marking: 'INSTÄLLT',
      title: 'INSTÄLLT: Kallelse 2019-03-25 – FSG/VSG Socialförvaltningen',
    });
  });

  it('says when a meeting written up afterwards ended, and apart from that when the protocol was made', () => {
    const protocol = {
      ...protocolFixture(),
      endedAt: '2019-02-25T08:35:00Z',
      closedAt: '2019-02-25T17:30:00Z',
    };
    const lines = outlineOf(protocol).blocks.flatMap((block) => (block.kind === 'line' ? [block.text] : []));
    expect(lines).toEqual(
      expect.arrayContaining([
        'Mötet avslutades kl. 09.35.',
        'Protokollet upprättades den 25 februari 2019 kl. 18.30.',
      ]),
    );
  });

  it('a draft protocol shows no number, and says it comes at closing', () => {
    const draft = draftProtocolFixture();
    const outline = outlineOf({ ...draft, header: { ...draft.header, protocolNumber: '' } });
    expect(outline.blocks[0]).toMatchObject({ kind: 'heading', text: 'Protokoll' });
    expect(JSON.stringify(outline.blocks)).toContain('ges när mötet avslutas');
  });

  it('says "Inga ärenden." under a heading of the group’s form with nothing in it', () => {
    const protocol = protocolFixture();
    protocol.sections.push({ heading: 'Övriga frågor', paragraphs: [] });
    // After it: when the meeting ended, when the protocol was made, the justering.
    const last = outlineOf(protocol).blocks.at(-4) as SectionBlock;
    expect(last.blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Övriga frågor' },
      { kind: 'line', text: 'Inga ärenden.', style: 'no-items' },
    ]);
  });

  it('writes the notes’ follow-ups in prose and leaves an empty section out', () => {
    const outline = outlineOf(minnesanteckningarFixture());
    const texts = flat(outline.blocks).map((block) => ('text' in block ? block.text : ''));
    expect(texts).toContain(
      'Redovisa utfallet av de digitala avslutningsenkäterna. Ansvarig: Maria Ek, senast den 25 mars 2019.',
    );
    expect(texts).not.toContain('Övriga frågor:');
  });
});
