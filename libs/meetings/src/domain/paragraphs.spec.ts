import { numberParagraphs, PROCEDURAL_PARAGRAPHS } from './paragraphs.js';

describe('numbering the protocol’s paragraphs', () => {
  it('gives the procedural paragraphs §1–§3 and the first agenda item §4', () => {
    expect(PROCEDURAL_PARAGRAPHS).toEqual([
      'Mötets öppnande',
      'Val av justerare',
      'Fastställande av dagordning',
    ]);
    expect(numberParagraphs([{ itemId: 'a' }])).toEqual([{ itemId: 'a', paragraph: 4 }]);
  });

  it('numbers the items in agenda order, one § each', () => {
    expect(numberParagraphs([{ itemId: 'c' }, { itemId: 'a' }, { itemId: 'b' }])).toEqual([
      { itemId: 'c', paragraph: 4 },
      { itemId: 'a', paragraph: 5 },
      { itemId: 'b', paragraph: 6 },
    ]);
  });

  it('numbers nothing when the agenda is empty', () => {
    expect(numberParagraphs([])).toEqual([]);
  });
});
