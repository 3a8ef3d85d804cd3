import { cssStringLiteral, isWebLink, textToParagraphsHtml } from './safe-markup.js';

describe('text to paragraphs', () => {
  it('splits on blank lines and keeps single newlines as line breaks', () => {
    const text = 'Inget att anmärka.\n\nFörsta raden\nandra raden  \n   \nSista stycket.';
    expect(textToParagraphsHtml(text)).toBe(
      '<p>Inget att anmärka.</p>\n<p>Första raden<br>\nandra raden</p>\n<p>Sista stycket.</p>',
    );
  });

  it('treats Windows line endings like any other', () => {
    expect(textToParagraphsHtml('Ett\r\n\r\nTvå\r\ntre')).toBe('<p>Ett</p>\n<p>Två<br>\ntre</p>');
  });

  it('escapes markup and leaves template syntax as text', () => {
    expect(textToParagraphsHtml('<script>alert(1)</script> {{x}} & "citat"')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; {{x}} &amp; &quot;citat&quot;</p>',
    );
  });

  it('gives nothing for empty text', () => {
    expect(textToParagraphsHtml('  \n\n ')).toBe('');
  });
});

describe('CSS string literal for the page head', () => {
  it('keeps a plain DNR readable', () => {
    expect(cssStringLiteral('DNR:02/2019')).toBe('"DNR:02/2019"');
  });

  it('cannot close the string or the style element', () => {
    const literal = cssStringLiteral('"; } </style><script>alert(1)</script> å');
    expect(literal).not.toMatch(/[<>;{}]/);
    expect(literal.slice(1, -1)).not.toContain('"');
    expect(literal).toContain('\\e5 ');
  });
});

describe('video links', () => {
  it('accepts http(s) and nothing else', () => {
    expect(isWebLink('https://teams.microsoft.com/l/meetup-join/abc')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('data:text/html,<script>')).toBe(false);
  });
});
