import { embeddedFonts } from './fonts.js';
import { printableDocument, printableText } from './printable-text.js';

const roboto = embeddedFonts().codePoints;

describe('Text the embedded font can print', () => {
  it('keeps Swedish, Sámi and the usual punctuation as typed', () => {
    const text = 'Åsa Öberg – §§ 4–7, “citat”, 25 € … Sámi: Áŋŋel Đuolbbaš ŧ';
    expect(printableText(text, roboto)).toBe(text);
  });

  it('composes a decomposed å (macOS paste) so it reads and searches as å', () => {
    expect(printableText('Ma\u030Ansson', roboto)).toBe('Månsson');
  });

  it('turns tabs and Windows line breaks into what the layout understands, and drops control characters', () => {
    expect(printableText('Punkt\t1\r\nrad två\u0007\u2028rad tre', roboto)).toBe('Punkt 1\nrad två\nrad tre');
  });

  it('marks a character the font lacks instead of printing an empty box', () => {
    expect(printableText('Klart ✓ 😀', roboto)).toBe('Klart \uFFFD \uFFFD');
  });

  it('applies to every string of a document and leaves the rest alone', () => {
    const document = { title: 'A\tB', items: [{ text: 'x😀', minutes: 5 }], flag: true };
    expect(printableDocument(document, roboto)).toEqual({
      title: 'A B',
      items: [{ text: 'x\uFFFD', minutes: 5 }],
      flag: true,
    });
  });
});
