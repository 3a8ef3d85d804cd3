import {
  deferralSentence,
  justeringEntryLabel,
  kindLabel,
  omittedItemsNotice,
  originLabel,
  partyName,
  revisionLabel,
} from './labels.js';

describe('the Swedish wording around the model', () => {
  it('names agenda kinds, including ones added later', () => {
    expect(kindLabel('övrig fråga')).toBe('Övrig fråga');
    expect(kindLabel('förhandling')).toBe('Förhandling');
    expect(kindLabel('tema')).toBe('Tema');
  });

  it('names a party, and the employer when the name is missing', () => {
    expect(partyName({ side: 'union', name: 'Akademikerförbundet SSR' })).toBe('Akademikerförbundet SSR');
    expect(partyName({ side: 'employer', name: ' ' })).toBe('Arbetsgivaren');
  });

  it('says utkast for revision 0, and otherwise which revision, when, by whom and why', () => {
    expect(revisionLabel({ revision: 0, kind: 'utkast', superseded: false })).toBe('Utkast');
    expect(
      revisionLabel({
        revision: 1,
        kind: 'original',
        at: '2019-02-25T09:52:00Z',
        by: 'Maria Ek',
        superseded: false,
      }),
    ).toBe('Revision 1 (upprättad 2019-02-25 kl. 10.52 av Maria Ek)');
    expect(
      revisionLabel({
        revision: 3,
        kind: 'rättelse',
        at: '2019-06-03T07:00:00Z',
        reason: 'Fel datum i § 7',
        superseded: true,
      }),
    ).toBe('Revision 3 (rättelse 2019-06-03 kl. 09.00: Fel datum i § 7)');
  });

  it('writes where a returning item came from, with or without its §', () => {
    expect(originLabel({ kind: 'deferred', paragraph: 7, date: '2019-02-25' })).toBe('från § 7, 2019-02-25');
    expect(originLabel({ kind: 'follow-up', date: '2019-02-25', dueDate: '2019-03-25' })).toBe(
      'från mötet 2019-02-25',
    );
  });

  it('keeps a deferral the secretary wrote as a sentence, and leads in a bare reason', () => {
    expect(deferralSentence('Punkten flyttas till nästa FSG/VSG då Kommunal inte deltar.')).toBe(
      'Punkten flyttas till nästa FSG/VSG då Kommunal inte deltar.',
    );
    expect(deferralSentence('Underlaget saknas.')).toBe(
      'Punkten bordläggs till nästa möte: Underlaget saknas.',
    );
  });

  it('writes a justerare’s state with the Stockholm time', () => {
    const entry = { name: 'Cecilia Cederström', party: { side: 'union', name: 'Vision' } } as const;
    expect(justeringEntryLabel({ ...entry, state: 'justerat', at: '2019-07-01T06:30:00Z' })).toBe(
      'Justerat 2019-07-01 kl. 08.30',
    );
    expect(justeringEntryLabel({ ...entry, state: 'väntar' })).toBe('Väntar');
  });

  it('counts what the public version left out in singular and plural', () => {
    expect(omittedItemsNotice(1)).toBe(
      '1 punkt är sekretessbelagd och har utelämnats i denna offentliga version.',
    );
    expect(omittedItemsNotice(3)).toBe(
      '3 punkter är sekretessbelagda och har utelämnats i denna offentliga version.',
    );
  });
});
