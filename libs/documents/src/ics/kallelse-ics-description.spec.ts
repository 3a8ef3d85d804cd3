import { agendaLine, kallelseIcsDescription } from './kallelse-ics-description.js';
import {
  budgetItem,
  confidentialItem,
  deferredItem,
  followUpItem,
  kallelseFixture,
  unionItem,
} from './kallelse.fixtures.js';

describe('agendaLine', () => {
  it('gives kind, minutes and presenter', () => {
    expect(agendaLine(budgetItem)).toBe(
      '4. Budgetuppföljning för äldreomsorgen (information, 20 min, föredragande Åsa Öberg)',
    );
  });

  it('names the union that proposed the item', () => {
    expect(agendaLine(unionItem)).toBe(
      '5. Omorganisation av hemtjänsten i Östra området ' +
        '(dialog, 30 min, föredragande Cornelia Sjöström, anmäld av Akademikerförbundet SSR)',
    );
  });

  it('marks a deferred item with where it came from and why', () => {
    expect(agendaLine(deferredItem)).toBe(
      '6. Arbetsmiljöenkäten – åtgärder på Björkängens boende (dialog, 25 min, föredragande Mårten Åberg)' +
        ' – Bordlagd från § 7, 2019-02-25 – Underlaget var inte klart',
    );
  });

  it('marks a follow-up with its origin and due date', () => {
    expect(agendaLine(followUpItem)).toBe(
      '7. Rutin för hot och våld ska förankras på alla enheter ' +
        '(återrapportering, 10 min, föredragande Jenny Gräslund)' +
        ' – Uppföljning från § 9, 2019-02-25, senast 2019-03-20',
    );
    const withoutParagraph = {
      ...followUpItem,
      title: 'Hot och våld',
      presenter: undefined,
      origin: { kind: 'follow-up' as const, date: '2019-02-25' },
    };
    expect(agendaLine(withoutParagraph)).toBe(
      '7. Hot och våld (återrapportering, 10 min) – Uppföljning från mötet 2019-02-25',
    );
  });

  it('leaves out a confidential item, in the members version too', () => {
    expect(agendaLine(confidentialItem)).toBe('8. Sekretessbelagd punkt');
    expect(agendaLine({ ...budgetItem, confidential: {} })).toBe('4. Sekretessbelagd punkt');
  });
});

describe('kallelseIcsDescription', () => {
  it('says when the agenda is still to come', () => {
    const description = kallelseIcsDescription(kallelseFixture({ items: [], totalMinutes: 0 }));
    expect(description).toContain('Dagordning\nDagordningen kommer i en senare kallelse.');
    expect(description).not.toContain('Beräknad tid');
  });

  it('writes the Stockholm wall-clock time, summer time included', () => {
    const header = {
      ...kallelseFixture().header,
      date: '2019-06-03',
      startsAt: '2019-06-03T06:00:00.000Z',
      endsAt: '2019-06-03T07:45:00.000Z',
    };
    expect(kallelseIcsDescription(kallelseFixture({ header }))).toContain(
      'Tid: den 3 juni 2019 kl. 08.00–09.45',
    );
  });
});
