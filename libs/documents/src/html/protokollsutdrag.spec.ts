import { DocumentTemplates } from './document-templates.js';
import { texts } from '../testing/meeting.fixtures.js';
import { utdragFixture } from '../testing/protocol.fixtures.js';
import { firstOutOfOrder, visibleText } from '../testing/visible-text.js';

const templates = new DocumentTemplates();

describe('the protokollsutdrag', () => {
  const html = templates.render(utdragFixture());
  const text = visibleText(html);

  it('is titled as an extract of the protocol, with the protocol’s head', () => {
    expect(html).toContain(
      '<title>Protokollsutdrag: § 11 ur protokoll 2/2019 – FSG/VSG Socialförvaltningen</title>',
    );
    expect(html).toContain('content: "PROTOKOLLSUTDRAG SAMVERKANSGRUPP";');
    expect(
      firstOutOfOrder(text, [
        'Protokollsutdrag Ur protokoll 2/2019, samverkansgrupp FSG/VSG Socialförvaltningen',
        'Dnr DNR:02/2019',
        'Tid den 25 februari 2019 kl. 08.30–11.00',
        'Revision 2',
      ]),
    ).toBeUndefined();
  });

  it('has the one § in full, and no other', () => {
    expect(text).toContain('§ 11 Webbenkät årlig uppföljning – samverkan');
    for (const part of texts.webbenkat.split('\n\n')) expect(text).toContain(part);
    expect(text).toContain('Samverkan fullgjord i enighet.');
    expect(text).toContain(`Protokollsanteckning från Vision: ${texts.visionAnteckning}`);
    expect(text).not.toMatch(/§ (1|5|7|12) /);
    expect(text).not.toContain('Närvarande');
  });

  it('ends with the justering status as proof that samverkan took place', () => {
    expect(
      firstOutOfOrder(text, [
        'Justering Protokollet är justerat 2019-02-27 kl. 13.40.',
        'Cecilia Cederström Akademikerförbundet SSR Justerat 2019-02-27 kl. 09.12',
        'Jessica Granquist Arbetsgivaren Justerat 2019-02-27 kl. 13.40',
        'Kontrollsumma för den justerade texten',
      ]),
    ).toBeUndefined();
  });

  it('says when the protocol is still waiting for justering', () => {
    const waiting = utdragFixture();
    waiting.justering = {
      status: 'väntar på justering',
      entries: waiting.justering!.entries.map((entry) => ({ ...entry, state: 'väntar', at: undefined })),
    };
    const waitingText = visibleText(templates.render(waiting));
    expect(waitingText).toContain('Protokollet väntar på justering.');
    expect(waitingText).not.toContain('Kontrollsumma');
  });
});
