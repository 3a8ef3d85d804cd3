import type { MeetingEvent } from '#libs/meetings';
import { closedMeeting, group, handled, later, meetingId, stateAfter, vision } from './document.fixtures.js';
import { buildMinnesanteckningarDocument, justeringSentence } from './minnesanteckningar-document.js';

const notesAfter = (events: readonly MeetingEvent[]) =>
  buildMinnesanteckningarDocument(stateAfter(events), group);

describe('the minnesanteckningar of a meeting (seed 002 layout)', () => {
  it('says who chairs: the absent ordförande and the one who replaces them', () => {
    expect(notesAfter(closedMeeting).chair).toEqual({
      absent: 'Agneta Östberg',
      substitute: 'Jenny Gräslund',
    });
    expect(notesAfter(closedMeeting).substitutions).toEqual([]);
  });

  it('puts the items under Information, Dialog and Beslut with their full texts and § numbers', () => {
    const { sections } = notesAfter(closedMeeting);
    expect(
      sections.map(({ heading, items }) => [
        heading,
        items.map((item) => [item.paragraph, item.title, item.text]),
      ]),
    ).toEqual([
      ['Information', [[4, 'Nytt inom arbetsmiljö', 'Förvaltningen arbetar vidare med APT.']]],
      ['Dialog', [[5, 'Uppföljning av avslutningssamtalen', 'Samtliga parter ser positivt på enkäterna.']]],
      [
        'Beslut',
        [
          [
            6,
            'Webbenkät årlig uppföljning – samverkan',
            'Uppföljningsdatum dokumenteras i anteckningarna och i kallelsen.',
          ],
        ],
      ],
    ]);
  });

  it('writes no protocol formula under information and dialog, only how a decision ended', () => {
    const outcomes = notesAfter(closedMeeting).sections.flatMap(({ items }) =>
      items.map((item) => item.outcome),
    );
    expect(outcomes).toEqual([undefined, undefined, 'Samverkan fullgjord i enighet.']);
  });

  it('keeps a deferred item in its section with the reason, as seed 002 does for the tematräff', () => {
    const reason = 'Punkten flyttas till nästa FSG/VSG då Kommunal inte deltar vid detta möte.';
    const deferred: MeetingEvent = {
      type: 'ItemDeferred',
      data: { meetingId, itemId: 'i-dialog', reason, at: later },
    };
    const dialog = notesAfter([...handled.filter((event) => event.type !== 'DialogRecorded'), deferred])
      .sections[1];
    expect(dialog).toMatchObject({
      heading: 'Dialog',
      items: [{ title: 'Uppföljning av avslutningssamtalen', deferral: { reason } }],
    });
  });

  it('ends with the closing line and the justering sentence, unions first, once closed', () => {
    const notes = notesAfter(closedMeeting);
    expect(notes.closing).toBe('Ordförande avslutar mötet.');
    expect(notes.justeringSentence).toBe(
      'Cornelia Sjöström justerar protokollet för Akademikerförbundet SSR och Jenny Gräslund för arbetsgivaren.',
    );
    expect(notesAfter(handled).closing).toBe('');
  });

  it('is a bilaga to the protocol revision it was built from', () => {
    expect(notesAfter(handled).revision.kind).toBe('utkast');
    expect(notesAfter(closedMeeting).revision).toMatchObject({ revision: 1, kind: 'original' });
    expect(notesAfter(closedMeeting).header.protocolNumber).toBe('2/2019');
  });
});

describe('the justering sentence', () => {
  const person = (name: string) => ({ name });
  it('lists several unions before the employer', () => {
    expect(
      justeringSentence([
        { person: person('Sofia Hägg'), party: { side: 'employer' } },
        { person: person('Mårten Åberg'), party: vision },
        { person: person('Kent Lööf'), party: { side: 'union', organisation: 'Kommunal' } },
      ]),
    ).toBe(
      'Mårten Åberg justerar protokollet för Vision, Kent Lööf för Kommunal och Sofia Hägg för arbetsgivaren.',
    );
  });

  it('is absent before justerare are appointed', () => {
    expect(justeringSentence([])).toBeUndefined();
  });
});
