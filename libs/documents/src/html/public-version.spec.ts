import { forAudience } from '../model/index.js';
import { DocumentTemplates } from './document-templates.js';
import { kallelseFixture } from '../testing/kallelse.fixtures.js';
import { texts } from '../testing/meeting.fixtures.js';
import { minnesanteckningarFixture } from '../testing/minnesanteckningar.fixtures.js';
import { protocolFixture, utdragFixture } from '../testing/protocol.fixtures.js';
import { visibleText } from '../testing/visible-text.js';

const templates = new DocumentTemplates();
const confidentialTitle = 'Säkerhetsåtgärder efter hot mot enheten Utredning';
const omittedNote = 'Punkten är sekretessbelagd och redovisas inte i den offentliga versionen.';

describe('the public version', () => {
  it('of the protocol keeps the § but not the confidential title or text, and says so at the top', () => {
    const html = templates.render(forAudience(protocolFixture(), 'public'));
    const text = visibleText(html);
    expect(html).not.toContain(confidentialTitle);
    expect(html).not.toContain(texts.sakerhetsatgarder);
    expect(html).not.toContain('Säkerhetsskydd');
    expect(text).toContain(`§ 8 Arbetsskador och tillbud ${texts.arbetsskador} § 9 ${omittedNote} § 10`);
    expect(
      text.indexOf('1 punkt är sekretessbelagd och har utelämnats i denna offentliga version.'),
    ).toBeLessThan(text.indexOf('Närvarande'));
  });

  it('of the minnesanteckningar leaves the item out the same way', () => {
    const html = templates.render(forAudience(minnesanteckningarFixture(), 'public'));
    const text = visibleText(html);
    expect(html).not.toContain(confidentialTitle);
    expect(html).not.toContain(texts.sakerhetsatgarder);
    expect(text).toContain(`§ 9 ${omittedNote}`);
    expect(text).toContain('1 punkt är sekretessbelagd och har utelämnats i denna offentliga version.');
  });

  it('of the kallelse keeps the agenda row and minutes total but not the title or presenter', () => {
    const html = templates.render(forAudience(kallelseFixture(), 'public'));
    const text = visibleText(html);
    expect(html).not.toContain(confidentialTitle);
    expect(text).toContain(`8 ${omittedNote} 9 Övriga frågor`);
    expect(text).toContain('1 punkt är sekretessbelagd och har utelämnats i denna offentliga version.');
  });

  it('of an extract of a confidential § shows only that it is confidential', () => {
    const utdrag = utdragFixture();
    const paragraph = protocolFixture().sections[2].paragraphs[2];
    const html = templates.render(forAudience({ ...utdrag, paragraph }, 'public'));
    expect(html).not.toContain(confidentialTitle);
    expect(visibleText(html)).toContain(`§ 9 ${omittedNote}`);
  });

  it('counts in plural when more than one item is left out', () => {
    const protocol = protocolFixture();
    protocol.sections[2].paragraphs[1].confidential = {};
    const text = visibleText(templates.render(forAudience(protocol, 'public')));
    expect(text).toContain('2 punkter är sekretessbelagda och har utelämnats i denna offentliga version.');
    expect(text).not.toContain(texts.arbetsskador);
  });

  it('is not what members get: they see the item, marked confidential', () => {
    const text = visibleText(templates.render(forAudience(protocolFixture(), 'members')));
    expect(text).toContain(`§ 9 ${confidentialTitle} Sekretessbelagd punkt (Säkerhetsskydd)`);
    expect(text).not.toContain('har utelämnats');
  });
});
