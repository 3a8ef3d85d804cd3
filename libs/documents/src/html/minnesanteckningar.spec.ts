import type { MinnesanteckningarDocument } from '../model/index.js';
import { DocumentTemplates } from './document-templates.js';
import { texts } from '../testing/meeting.fixtures.js';
import { minnesanteckningarFixture } from '../testing/minnesanteckningar.fixtures.js';
import { firstOutOfOrder, visibleText } from '../testing/visible-text.js';

const templates = new DocumentTemplates();
const textOf = (notes: MinnesanteckningarDocument) => visibleText(templates.render(notes));

describe('the minnesanteckningar, laid out as seed 002', () => {
  const html = templates.render(minnesanteckningarFixture());
  const text = visibleText(html);

  it('has the seed’s title and says which protocol it belongs to', () => {
    expect(text).toContain(
      'Minnesanteckningar från samverkansgrupp FSG/VSG – Socialförvaltningen den 25 februari 2019 ' +
        'Bilaga till protokoll 2/2019',
    );
  });

  it('prints MINNESANTECKNINGAR SAMVERKANSGRUPP, the DNR and SID x(y) at the head of every page', () => {
    expect(html).toContain('content: "MINNESANTECKNINGAR SAMVERKANSGRUPP";');
    expect(html).toContain('"DNR:02/2019" "\\A" "SID " counter(page) "(" counter(pages) ")"');
  });

  it('says who chairs in place of the absent ordförande, and the other substitutions', () => {
    expect(text).toContain('Ordförande: Dinah Åbinger är frånvarande, Jessica Granquist ersätter.');
    expect(text).toContain('Åsa Öberg är frånvarande, Göran Ångström ersätter.');
  });

  it('names a chair who is present', () => {
    const notes = { ...minnesanteckningarFixture(), chair: { name: 'Dinah Åbinger' } };
    expect(textOf(notes)).toContain('Ordförande: Dinah Åbinger');
  });

  it('has the sections with every item’s title and full text, in agenda order', () => {
    expect(
      firstOutOfOrder(text, [
        'Information:',
        'Föregående mötesanteckningar Inget att anmärka.',
        `Nytt inom arbetsmiljö ${texts.arbetsmiljo.split('\n\n')[0]}`,
        texts.arbetsmiljo.split('\n\n')[2],
        'Uppdatering chefsrekryteringar',
        'Dialog:',
        `Uppföljning av avslutningssamtalen ${texts.avslutningssamtal}`,
        `Arbetsskador och tillbud ${texts.arbetsskador}`,
        'Fackliga parter återkopplar kring förra tematräffen',
        'Beslut:',
        'Webbenkät årlig uppföljning – samverkan',
        'Ordförande avslutar mötet.',
      ]),
    ).toBeUndefined();
  });

  it('leaves out a section with nothing in it', () => {
    expect(text).not.toContain('Övriga frågor');
  });

  it('gives what each party said', () => {
    expect(text).toContain(`Akademikerförbundet SSR: ${texts.ssrOmRekrytering}`);
    expect(text).toContain(`Arbetsgivaren: ${texts.arbetsgivarenOmRekrytering}`);
  });

  it('writes the follow-up with its date and who is responsible', () => {
    expect(text).toContain(`Uppföljning: ${texts.followUpAction}`);
    expect(text).toContain('Ansvarig: Maria Ek, senast den 25 mars 2019.');
  });

  it('says the deferred item moves, in the secretary’s words', () => {
    expect(text).toContain(`Fackliga parter återkopplar kring förra tematräffen ${texts.tematraffDeferral}`);
  });

  it('gives the decision’s outcome and the protokollsanteckning', () => {
    expect(text).toContain('Samverkan fullgjord i enighet.');
    expect(text).toContain(`Protokollsanteckning från Vision: ${texts.visionAnteckning}`);
  });

  it('ends with the closing and the justering sentence', () => {
    expect(text.endsWith(`${texts.closing} ${texts.justeringSentence}`)).toBe(true);
  });

  it('leaves the justering sentence out until justerare are appointed', () => {
    const { justeringSentence: _none, ...notes } = minnesanteckningarFixture();
    expect(textOf(notes).endsWith(texts.closing)).toBe(true);
  });

  it('says it is a rättelse, when and why', () => {
    expect(text).toContain(
      'Revision 3 (rättelse 2019-03-01 kl. 09.10 av Maria Ek: Fel förnamn på ersättaren)',
    );
  });

  it('says utkast for revision 0', () => {
    const draft = {
      ...minnesanteckningarFixture(),
      revision: { revision: 0, kind: 'utkast', superseded: false },
    };
    expect(textOf(draft as MinnesanteckningarDocument)).toContain('Utkast – inte fastställt eller justerat.');
  });
});
