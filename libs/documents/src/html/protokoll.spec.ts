import type { ProtocolDocument } from '../model/index.js';
import { DocumentTemplates } from './document-templates.js';
import { texts } from '../testing/meeting.fixtures.js';
import { draftProtocolFixture, protocolFixture } from '../testing/protocol.fixtures.js';
import { firstOutOfOrder, visibleText } from '../testing/visible-text.js';

const templates = new DocumentTemplates();
const textOf = (protocol: ProtocolDocument) => visibleText(templates.render(protocol));

describe('the protocol', () => {
  const html = templates.render(protocolFixture());
  const text = visibleText(html);

  it('opens with the meeting: group, number, Dnr, date, time and place', () => {
    expect(html).toContain('<title>Protokoll 2/2019 – FSG/VSG Socialförvaltningen</title>');
    expect(text).toContain('Protokoll 2/2019 Samverkansgrupp FSG/VSG Socialförvaltningen');
    expect(text).toContain('Dnr DNR:02/2019');
    expect(text).toContain('Tid den 25 februari 2019 kl. 08.30–11.00');
    expect(text).toContain('Plats Stadshuset, sammanträdesrum Öresund');
  });

  it('prints the page head in the margins: title, DNR and SID x(y)', () => {
    expect(html).toContain('content: "PROTOKOLL SAMVERKANSGRUPP";');
    expect(html).toContain('content: "DNR:02/2019" "\\A" "SID " counter(page) "(" counter(pages) ")";');
  });

  it('lists who attended and who did not, by side and organisation', () => {
    expect(
      firstOutOfOrder(text, [
        'Närvarande',
        'Arbetsgivaren Jessica Granquist, HR-chef (ersätter Dinah Åbinger) Petra Hellberg, avdelningschef',
        'Akademikerförbundet SSR Cecilia Cederström',
        'Vision Tina Thuresson, huvudskyddsombud',
        'Frånvarande',
        'Arbetsgivaren Dinah Åbinger, förvaltningschef',
        'Kommunal Åsa Öberg',
        'Adjungerade Maria Ek, HR-konsult',
      ]),
    ).toBeUndefined();
  });

  it('names the ordförande, sekreterare and justerare, and the scope §1–§13', () => {
    expect(text).toContain('Ordförande Jessica Granquist Sekreterare Maria Ek');
    expect(text).toContain(
      'Justerare Cecilia Cederström (Akademikerförbundet SSR), Jessica Granquist (Arbetsgivaren)',
    );
    expect(text).toContain('Protokollets omfattning §1–§13');
  });

  it('numbers every paragraph in order, and the section headings take no §', () => {
    expect(
      firstOutOfOrder(text, [
        '§ 1 Mötets öppnande',
        '§ 2 Val av justerare',
        '§ 3 Fastställande av dagordning',
        '§ 4 Föregående protokoll',
        'Information § 5 Nytt inom arbetsmiljö',
        '§ 6 Uppdatering chefsrekryteringar',
        'Dialog § 7 Uppföljning av avslutningssamtalen',
        '§ 8 Arbetsskador och tillbud',
        '§ 9 Säkerhetsåtgärder efter hot mot enheten Utredning',
        '§ 10 Fackliga parter återkopplar kring förra tematräffen',
        'Beslut § 11 Webbenkät årlig uppföljning – samverkan',
        '§ 12 Arbetstidsmodell för helger',
        '§ 13 Återrapportering hot och våld',
      ]),
    ).toBeUndefined();
    expect(text).not.toMatch(/§ ?\d+ (Information|Dialog|Beslut)\b/);
  });

  it('keeps the recorded text in paragraphs and line breaks', () => {
    expect(html).toContain(
      '<p>Den 14 februari genomfördes ett ledarforum där Feelgood föreläste om vad APT är.<br>\n' +
        'Innehållet var delvis teori, men även möjlighet till reflektion i grupp.</p>',
    );
    for (const recorded of [texts.chefsrekryteringar, texts.avslutningssamtal, texts.arbetsskador]) {
      for (const part of recorded.split('\n\n')) expect(text).toContain(part);
    }
  });

  it('gives each party’s statement, the outcome and the protokollsanteckning', () => {
    expect(text).toContain(`Akademikerförbundet SSR: ${texts.ssrOmRekrytering}`);
    expect(text).toContain(`Arbetsgivaren: ${texts.arbetsgivarenOmRekrytering}`);
    expect(text).toContain('Samverkan fullgjord i enighet.');
    expect(text).toContain('Samverkan fullgjord i oenighet. Akademikerförbundet SSR är oenigt.');
    expect(text).toContain(`Protokollsanteckning från Vision: ${texts.visionAnteckning}`);
  });

  it('tables the follow-up with who is responsible and the date', () => {
    expect(text).toContain(`Uppföljning Åtgärd Ansvarig Senast ${texts.followUpAction} Maria Ek 2019-03-25`);
  });

  it('says why an item was deferred, who proposed it, and where a returning item came from', () => {
    expect(text).toContain(
      '§ 10 Fackliga parter återkopplar kring förra tematräffen Punkten är anmäld av Kommunal. ' +
        texts.tematraffDeferral,
    );
    expect(text).toContain('Bordlagd från § 9, 2019-01-28 – Underlaget saknades.');
    expect(text).toContain('Uppföljning från § 6, 2019-01-28, senast 2019-02-25');
  });

  it('adds the lead-in to a deferral reason that is not a sentence of its own', () => {
    const protocol = protocolFixture();
    protocol.sections[2].paragraphs[3].deferral = { reason: 'Kommunal deltar inte.' };
    expect(textOf(protocol)).toContain('Punkten bordläggs till nästa möte: Kommunal deltar inte.');
  });

  it('marks a confidential item for the members who may read it', () => {
    expect(text).toContain(
      '§ 9 Säkerhetsåtgärder efter hot mot enheten Utredning Sekretessbelagd punkt (Säkerhetsskydd): ' +
        'redovisas inte i den offentliga versionen.',
    );
  });

  it('ends with the closing time and the justering: who, for whom, when, and the text hash', () => {
    expect(
      firstOutOfOrder(text, [
        'Mötet avslutades kl. 10.52.',
        'Justering Protokollet är justerat 2019-02-27 kl. 13.40.',
        'Cecilia Cederström Akademikerförbundet SSR Justerat 2019-02-27 kl. 09.12',
        'Jessica Granquist Arbetsgivaren Justerat 2019-02-27 kl. 13.40',
        'Kontrollsumma för den justerade texten: sha256:9f2c4e1ab07d',
      ]),
    ).toBeUndefined();
  });

  it('says which revision it is and why it was made', () => {
    expect(text).toContain(
      'Revision 2 (ändrad 2019-02-26 kl. 15.05 av Maria Ek: Justerarens ändringar i § 8)',
    );
    expect(text).not.toContain('Utkast');
  });

  it('says so when a later revision has replaced it', () => {
    const protocol = protocolFixture();
    protocol.revision = { ...protocol.revision, superseded: true };
    expect(textOf(protocol)).toContain('Detta är en äldre revision. En senare revision har ersatt den.');
  });

  it('shows a justerare’s change request with the comment', () => {
    const protocol = protocolFixture();
    protocol.justering = {
      status: 'ändring begärd',
      entries: [
        {
          ...protocol.justering!.entries[0],
          state: 'avböjt',
          at: '2019-02-26T10:00:00Z',
          comment: 'I § 8 ska det stå att även Vision deltog i dialogen.',
        },
        { ...protocol.justering!.entries[1], state: 'väntar', at: undefined },
      ],
    };
    const changed = textOf(protocol);
    expect(changed).toContain('En justerare har begärt ändring; protokollet revideras och justeras på nytt.');
    expect(changed).toContain(
      'Ändring begärd 2019-02-26 kl. 11.00 I § 8 ska det stå att även Vision deltog i dialogen.',
    );
    expect(changed).toContain('Jessica Granquist Arbetsgivaren Väntar');
    expect(changed).not.toContain('Kontrollsumma');
  });
});

describe('the draft protocol (revision 0)', () => {
  const text = textOf(draftProtocolFixture());

  it('says it is a draft and that the text can change', () => {
    expect(text).toContain('Utkast – inte fastställt eller justerat.');
    expect(text).toContain('Utkast: protokollet är ännu inte klart för justering.');
  });

  it('has the items in order without § numbers or scope yet', () => {
    expect(text).not.toMatch(/§ ?\d+ (Mötets öppnande|Nytt inom arbetsmiljö|Webbenkät)/);
    expect(text).not.toContain('Protokollets omfattning');
    expect(firstOutOfOrder(text, ['Mötets öppnande', 'Nytt inom arbetsmiljö', 'Webbenkät'])).toBeUndefined();
  });

  it('shows the justerare as waiting', () => {
    expect(text).toContain('Cecilia Cederström Akademikerförbundet SSR Väntar');
    expect(text).toContain('Jessica Granquist Arbetsgivaren Väntar');
  });
});
