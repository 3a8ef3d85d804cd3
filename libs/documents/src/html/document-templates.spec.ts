import { fileURLToPath } from 'node:url';
import type { MeetingDocument, ProtocolDocument } from '../model/index.js';
import { forAudience } from '../model/index.js';
import { DocumentTemplates } from './document-templates.js';
import { findTemplatesFolder } from './templates-folder.js';
import { HOSTILE, withHostileText } from '../testing/hostile-text.fixtures.js';
import { cancelledKallelseFixture, kallelseFixture } from '../testing/kallelse.fixtures.js';
import { minnesanteckningarFixture } from '../testing/minnesanteckningar.fixtures.js';
import { draftProtocolFixture, protocolFixture, utdragFixture } from '../testing/protocol.fixtures.js';
import { visibleText } from '../testing/visible-text.js';

const templates = new DocumentTemplates();

const everyDocument: [string, () => MeetingDocument][] = [
  ['protokoll', protocolFixture],
  ['protokoll (utkast)', draftProtocolFixture],
  ['minnesanteckningar', minnesanteckningarFixture],
  ['kallelse', kallelseFixture],
  ['kallelse (inställd)', cancelledKallelseFixture],
  ['protokollsutdrag', utdragFixture],
];

describe.each(everyDocument)('the %s page', (_name, fixture) => {
  const html = templates.render(fixture());

  it('is a complete Swedish HTML5 document with a title', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<title>[^<]*FSG\/VSG Socialförvaltningen<\/title>/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('stands alone: inline print stylesheet, no scripts, nothing fetched from elsewhere', () => {
    expect(html).toContain('@page {');
    expect(html).toContain('size: A4;');
    expect(html).toContain('"SID " counter(page) "(" counter(pages) ")"');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
  });

  it('shows the page head with the DNR on screen', () => {
    expect(html).toMatch(/<header class="page-head">[\s\S]*SAMVERKANSGRUPP[\s\S]*DNR:0[23]\/2019/);
  });
});

describe('user text', () => {
  const hostileDocuments: [string, MeetingDocument][] = [
    ...everyDocument.map(([name, fixture]): [string, MeetingDocument] => [name, withHostileText(fixture())]),
    ['offentligt protokoll', withHostileText(forAudience(protocolFixture(), 'public'))],
  ];

  it.each(hostileDocuments)(
    'in the %s is shown as text, never run as markup or template',
    (_name, document) => {
      const html = templates.render(document);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {{x}}');
      expect(visibleText(html)).toContain(HOSTILE.trim());
      // Inside <style> HTML escaping does not apply: the DNR must not be able to close it.
      expect(html.match(/<\/style>/g)).toHaveLength(1);
      expect(html).not.toContain('href="javascript');
    },
  );

  it('gets no link for a video address that is not http(s)', () => {
    const protocol = protocolFixture();
    const html = templates.render({
      ...protocol,
      header: { ...protocol.header, videoLink: 'javascript:alert(1)' },
    });
    expect(html).not.toContain('href=');
    expect(visibleText(html)).toContain('Videolänk javascript:alert(1)');
  });
});

describe('a model that does not match the templates', () => {
  it('fails loudly, naming the document, instead of printing a page with holes', () => {
    const { date: _missing, ...header } = protocolFixture().header;
    const broken = { ...protocolFixture(), header } as unknown as ProtocolDocument;
    expect(() => templates.render(broken)).toThrow(
      /Could not render protokoll of meeting meeting-fsg-2019-02/,
    );
  });
});

describe('finding the templates', () => {
  const repositoryTemplates = fileURLToPath(new URL('../../templates', import.meta.url));

  it('works from the source tree', () => {
    expect(findTemplatesFolder()).toBe(repositoryTemplates);
  });

  it('works from the build, where the templates are not copied into dist', () => {
    const builtModule = new URL(
      '../../../../dist/libs/documents/src/html/templates-folder.js',
      import.meta.url,
    );
    expect(findTemplatesFolder(builtModule.href)).toBe(repositoryTemplates);
  });

  it('says where it looked when there are none', () => {
    expect(() => findTemplatesFolder('file:///nowhere/at/all.js')).toThrow('/nowhere/at');
  });
});
