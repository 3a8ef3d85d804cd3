import { DocumentTemplates } from './document-templates.js';
import { cancelledKallelseFixture, kallelseFixture } from '../testing/kallelse.fixtures.js';
import { texts } from '../testing/meeting.fixtures.js';
import { firstOutOfOrder, visibleText } from '../testing/visible-text.js';

const templates = new DocumentTemplates();

describe('the kallelse', () => {
  const html = templates.render(kallelseFixture());
  const text = visibleText(html);

  it('says which group meets, which meeting, when and where', () => {
    expect(html).toContain('content: "KALLELSE SAMVERKANSGRUPP";');
    expect(text).toContain('Kallelse till samverkansgrupp FSG/VSG Socialförvaltningen');
    expect(text).toContain('Mötesnummer 3/2019');
    expect(text).toContain('Tid den 25 mars 2019 kl. 08.30–11.00');
    expect(text).toContain('Plats Stadshuset, sammanträdesrum Öresund');
    expect(html).toContain('<a href="https://mote.exempelstad.se/fsg-vsg">');
  });

  it('says when it was sent', () => {
    expect(text).toContain('Dagordning version 3. Kallelsen skickades 2019-03-11 kl. 09.00.');
  });

  it('says when the agenda changed after it was sent', () => {
    const changed = { ...kallelseFixture(), agendaVersion: 4 };
    expect(visibleText(templates.render(changed))).toContain(
      'Dagordning version 4. Dagordningen har ändrats sedan kallelsen skickades 2019-03-11 kl. 09.00 med version 3.',
    );
  });

  it('names no version for the agenda the meeting was scheduled with', () => {
    const scheduled = { ...kallelseFixture(), agendaVersion: 0, issued: undefined };
    const shown = visibleText(templates.render(scheduled));
    expect(shown).toContain('Kallelsen är ännu inte skickad.');
    expect(shown).not.toContain('version 0');
    const setAfterSending = {
      ...kallelseFixture(),
      agendaVersion: 1,
      issued: { ...kallelseFixture().issued!, agendaVersion: 0 },
    };
    expect(visibleText(templates.render(setAfterSending))).toContain(
      'Dagordning version 1. Dagordningen har ändrats sedan kallelsen skickades 2019-03-11 kl. 09.00.',
    );
  });

  it('lists the agenda with number, title, kind, presenter, proposing union and minutes', () => {
    expect(text).toContain('§ Ärende Typ Föredragande Anmäld av Tid');
    expect(text).toContain('4 Föredragningslistan Socialnämnden mars Information Dinah Åbinger 15 min');
    expect(text).toContain(
      '7 Bemanning under påskhelgen på Tallbackens boende Dialog Akademikerförbundet SSR 25 min',
    );
    expect(text).toContain('9 Övriga frågor Övrig fråga 10 min');
    expect(
      firstOutOfOrder(text, [
        '1 Mötets öppnande',
        '2 Val av justerare',
        '3 Fastställande',
        '4 Före',
        '9 Övriga',
      ]),
    ).toBeUndefined();
  });

  it('does not name the employer as proposer: only a union’s own items are marked', () => {
    expect(text).not.toContain('Dinah Åbinger Arbetsgivaren');
  });

  it('marks the deferred item with where it came from and why', () => {
    expect(text).toContain(
      `5 Fackliga parter återkopplar kring förra tematräffen Bordlagd från § 10, 2019-02-25 – ${texts.tematraffDeferral} ` +
        'Dialog Åsa Öberg Kommunal 20 min',
    );
  });

  it('marks the returning follow-up with its origin and due date, and who presents it', () => {
    expect(text).toContain(
      '6 Återrapportering: digitala avslutningsenkäter Uppföljning från § 7, 2019-02-25, senast 2019-03-25 ' +
        'Återrapportering Maria Ek 15 min',
    );
  });

  it('adds up the minutes', () => {
    expect(text).toContain('Beräknad tid totalt 101 min');
  });

  it('is not marked as cancelled', () => {
    expect(text).not.toContain('INSTÄLLT');
  });
});

describe('the kallelse of a cancelled meeting', () => {
  const html = templates.render(cancelledKallelseFixture());
  const text = visibleText(html);

  it('says INSTÄLLT, why and when, before anything else', () => {
    expect(html).toContain('<title>INSTÄLLT: Kallelse 2019-03-25 – FSG/VSG Socialförvaltningen</title>');
    expect(
      firstOutOfOrder(text, [
        'INSTÄLLT Mötet den 25 mars 2019 är inställt. ' +
          'Ordförande och två fackliga företrädare är på länsövningen för krisberedskap.',
        'Inställt 2019-03-18 kl. 14.15',
        'Dagordning',
      ]),
    ).toBeUndefined();
  });
});
