import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepositoryFolder } from '#libs/documents';
import { PageRenderer } from './page-renderer.js';

const STYLESHEETS = {
  designsystemet: '/s/ds.css',
  theme: '/s/t.css',
  font: '/s/f.css',
  site: '/s/site.css',
  icon: '/s/i.svg',
  formDrafts: '/s/d.js',
};

describe('the page templates', () => {
  const renderer = new PageRenderer(STYLESHEETS);

  it('escape every text: no template writes unescaped output (no triple-stash)', () => {
    const folder = findRepositoryFolder(join('libs', 'web', 'templates'), import.meta.url);
    const files = [
      'layout.hbs',
      ...readdirSync(join(folder, 'pages')).map((file) => join('pages', file)),
      ...readdirSync(join(folder, 'partials')).map((file) => join('partials', file)),
    ];
    for (const file of files) {
      expect({ file, raw: readFileSync(join(folder, file), 'utf8').includes('{{{') }).toEqual({
        file,
        raw: false,
      });
    }
  });

  it('shows a hostile name in the header as text, in Swedish, with the landmarks and the skip link', () => {
    const html = renderer.render('fel', {
      title: 'Sidan finns inte',
      signedIn: {
        displayName: '<img src=x onerror=alert(1)>',
        csrfToken: 't"o<k',
        isAdmin: false,
        seesOverview: false,
      },
      heading: 'Sidan finns inte',
      text: 'Kontrollera adressen.',
      link: { href: '/', text: 'Till Min sida' },
    });
    expect(html).toContain('<html lang="sv"');
    expect(html).toContain('<title>Sidan finns inte – Samverkan</title>');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('value="t&quot;o&lt;k"');
    expect(html).toMatch(/<a class="ds-skip-link" href="#innehall">Hoppa till huvudinnehållet<\/a>/);
    expect(html).toContain('<main id="innehall"');
    expect(html).toContain('<footer');
    // No inline script or style for the CSP to refuse.
    expect(html).not.toMatch(/<script|<style|style="/);
  });

  it('throws on a field the model lacks instead of printing nothing', () => {
    expect(() => renderer.render('fel', { title: 'x', signedIn: null } as never)).toThrow();
  });
});
