import { composeMail } from './compose-mail.js';

describe('composeMail', () => {
  const content = {
    greeting: 'Hej Åsa Öberg,',
    paragraphs: ['Kallelse till <FSG/VSG> & möte.'],
    facts: [{ label: 'Plats', value: 'Rådhuset "A"' }],
    link: { href: 'https://samverkan.example/moten/m1?a=1&b=2', label: 'Läs kallelsen' },
    footer: 'Du får detta som ledamot.',
  };

  it('says the same in both parts, the text as typed and the HTML escaped', () => {
    const { text, html } = composeMail(content);
    expect(text).toContain('Hej Åsa Öberg,');
    expect(text).toContain('Kallelse till <FSG/VSG> & möte.');
    expect(text).toContain('Plats: Rådhuset "A"');
    expect(text).toContain('Läs kallelsen: https://samverkan.example/moten/m1?a=1&b=2');
    expect(html).toContain('Kallelse till &lt;FSG/VSG&gt; &amp; möte.');
    expect(html).toContain('Rådhuset &quot;A&quot;');
    expect(html).toContain('href="https://samverkan.example/moten/m1?a&#x3D;1&amp;b&#x3D;2"');
    expect(html).not.toContain('<FSG/VSG>');
  });
});
