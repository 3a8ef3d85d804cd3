import { defaultProtocolForm, LEGACY_PROTOCOL_FORM, type ProtocolForm } from '#domain/shared-kernel';
import type { AgendaItem } from './agenda-item.js';
import { lastParagraph, layOutProtocol, numberParagraphs, PROCEDURAL_PARAGRAPHS } from './paragraphs.js';

const item = (itemId: string, kind: AgendaItem['kind'], extra: Partial<AgendaItem> = {}) => ({
  itemId,
  kind,
  ...extra,
});

/** A CSG of the agreement's own words, as issue 10 describes it. */
const csg: ProtocolForm = defaultProtocolForm(['CSG']);

describe('numbering the protocol’s paragraphs in the form every group had before it could set its own', () => {
  it('gives the procedural paragraphs §1–§3 and the first agenda item §4', () => {
    expect(PROCEDURAL_PARAGRAPHS).toEqual([
      'Mötets öppnande',
      'Val av justerare',
      'Fastställande av dagordning',
    ]);
    expect(numberParagraphs([item('a', 'information')])).toEqual([{ itemId: 'a', paragraph: 4 }]);
  });

  it('numbers the items in agenda order, one § each', () => {
    const agenda = [item('c', 'information'), item('a', 'dialog'), item('b', 'information')];
    expect(numberParagraphs(agenda, LEGACY_PROTOCOL_FORM)).toEqual([
      { itemId: 'c', paragraph: 4 },
      { itemId: 'a', paragraph: 5 },
      { itemId: 'b', paragraph: 6 },
    ]);
  });

  it('numbers nothing when the agenda is empty', () => {
    expect(numberParagraphs([])).toEqual([]);
  });
});

describe('laying out a protocol in the group’s own form', () => {
  it('numbers the group’s own procedural paragraphs first, in its order and wording', () => {
    const layout = layOutProtocol([item('budget', 'beslut')], csg);
    expect(layout.opening.map(({ paragraph, title }) => `§${paragraph} ${title}`)).toEqual([
      '§1 Mötets öppnande',
      '§2 Fastställande av dagordning',
      '§3 Val av justerare',
      '§4 Anmälan av föregående protokoll',
    ]);
    expect(numberParagraphs([item('budget', 'beslut')], csg)).toEqual([{ itemId: 'budget', paragraph: 5 }]);
  });

  it('groups the agenda in the form’s sections, in the form’s order, keeping the agenda order within each', () => {
    const agenda = [item('info', 'information'), item('dialog', 'dialog'), item('beslut', 'beslut')];
    const layout = layOutProtocol(agenda, csg);
    expect(
      layout.sections.map((section) => [
        'formSection' in section ? section.formSection.heading : section.kind,
        section.items.map(({ itemId, paragraph }) => `§${paragraph} ${itemId}`),
      ]),
    ).toEqual([
      ['Samverkan före beslut', ['§5 beslut']],
      ['Tidig och fördjupad dialog', ['§6 dialog']],
      ['Information', ['§7 info']],
      ['Övriga frågor', []],
    ]);
  });

  it('places an item in the section it names rather than the one its kind goes to', () => {
    const agenda = [item('lokaler', 'information', { sectionId: 'samverkan-fore-beslut' })];
    const [first] = layOutProtocol(agenda, csg).sections;
    expect(first!.items).toEqual([{ itemId: 'lokaler', paragraph: 5 }]);
  });

  it('letters sub-items a), b) under their parent’s §, in agenda order', () => {
    const agenda = [
      item('info', 'information'),
      item('budget', 'information', { parentItemId: 'info' }),
      item('lokaler', 'information', { parentItemId: 'info' }),
      item('annat', 'information'),
    ];
    expect(numberParagraphs(agenda, csg)).toEqual([
      { itemId: 'info', paragraph: 5 },
      { itemId: 'budget', paragraph: 5, subItem: 'a' },
      { itemId: 'lokaler', paragraph: 5, subItem: 'b' },
      { itemId: 'annat', paragraph: 6 },
    ]);
  });

  it('puts övriga frågor before the closing paragraph, even when added at the end of the agenda', () => {
    const form: ProtocolForm = {
      ...csg,
      sections: csg.sections.filter(({ sectionId }) => sectionId !== 'ovriga-fragor'),
    };
    const agenda = [item('fraga', 'övrig fråga'), item('info', 'information')];
    const layout = layOutProtocol(agenda, form);
    expect(layout.sections.at(-1)).toEqual({
      kind: 'övrig fråga',
      items: [{ itemId: 'fraga', paragraph: 6 }],
    });
    expect(layout.closing).toEqual([{ kind: 'avslutande', title: 'Mötets avslutande', paragraph: 7 }]);
    expect(lastParagraph(layout)).toBe(7);
  });

  it('gives the closing paragraph the § after the last item, and an empty agenda only procedural §§', () => {
    const layout = layOutProtocol([], csg);
    expect(layout.closing.map(({ paragraph }) => paragraph)).toEqual([5]);
    expect(layout.sections.every(({ items }) => items.length === 0)).toBe(true);
  });
});
