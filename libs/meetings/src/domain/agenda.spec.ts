import { deciderSpecification } from '#libs/testing';
import type { AgendaItem } from './agenda-item.js';
import { meetingDecider } from './meeting.decider.js';
import {
  agenda,
  closedMeeting,
  command,
  informationRecorded,
  item,
  later,
  meetingId,
  people,
  prepared,
  running,
  scheduled,
  vision,
} from './meeting.fixtures.js';

const spec = deciderSpecification(meetingDecider);
const setAgenda = (items: AgendaItem[]) => command('SetAgenda', { items });
const withPresenter: AgendaItem = {
  ...item('i-rekr', 'Uppdatering chefsrekryteringar', 'information'),
  presenters: [people.substituteChair],
  estimatedMinutes: 15,
};

describe('meeting: agenda', () => {
  it('the first agenda is set as version 1 with ordered items', () => {
    spec
      .given([scheduled])
      .when(setAgenda(agenda))
      .then([{ type: 'AgendaSet', data: { meetingId, version: 1, items: agenda, at: later } }]);
  });

  it('every item kind, presenter, estimate and proposer is kept', () => {
    const kinds: AgendaItem[] = [
      withPresenter,
      item('i-forh', 'Förhandling om ny organisation', 'förhandling'),
      item('i-stå', 'Föregående mötesanteckningar', 'stående punkt'),
      item('i-åter', 'Återrapportering hot och våld', 'återrapportering'),
      item('i-övr', 'Parkeringen', 'övrig fråga', vision),
    ];
    spec
      .given([scheduled])
      .when(setAgenda(kinds))
      .then([{ type: 'AgendaSet', data: { meetingId, version: 1, items: kinds, at: later } }]);
  });

  it('a union organisation can propose an item (MBL §12)', () => {
    const proposed = [item('i-vision', 'Arbetsmiljön i receptionen', 'dialog', vision)];
    spec
      .given([scheduled])
      .when(setAgenda(proposed))
      .then([{ type: 'AgendaSet', data: { meetingId, version: 1, items: proposed, at: later } }]);
  });

  it('changing the agenda afterwards is an amendment with the next version', () => {
    const amended = [...agenda, withPresenter];
    spec
      .given(prepared)
      .when(setAgenda(amended))
      .then([{ type: 'AgendaAmended', data: { meetingId, version: 2, items: amended, at: later } }]);
  });

  it('setting the same agenda again records nothing', () => {
    spec
      .given(prepared)
      .when(setAgenda(agenda.map((entry) => ({ ...entry }))))
      .then([]);
  });

  it('an item id used twice is refused with MEETING.DUPLICATE_ITEM_ID', () => {
    spec
      .given([scheduled])
      .when(setAgenda([agenda[0]!, agenda[0]!]))
      .thenThrows('MEETING.DUPLICATE_ITEM_ID');
  });

  it('an unknown item kind is refused with VALIDATION.INVALID_VALUE', () => {
    spec
      .given([scheduled])
      .when(setAgenda([item('i-x', 'Fika', 'fika' as never)]))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });

  it('an item without a title is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given([scheduled])
      .when(setAgenda([item('i-x', '  ', 'dialog')]))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('an absurdly long title is refused with VALIDATION.TEXT_TOO_LONG', () => {
    spec
      .given([scheduled])
      .when(setAgenda([item('i-x', 'Å'.repeat(301), 'dialog')]))
      .thenThrows('VALIDATION.TEXT_TOO_LONG');
  });

  it.each([0, -5, 2.5, 601])(
    'an estimate of %p minutes is refused with MEETING.INVALID_ESTIMATE',
    (estimatedMinutes) => {
      spec
        .given([scheduled])
        .when(setAgenda([{ ...withPresenter, estimatedMinutes }]))
        .thenThrows('MEETING.INVALID_ESTIMATE');
    },
  );

  it('a proposer organisation not on the tenant list is refused with VALIDATION.UNKNOWN_UNION_ORGANISATION', () => {
    const unknown = item('i-x', 'Lönerevision', 'dialog', { side: 'union', organisation: 'Okänt förbund' });
    spec
      .given([scheduled])
      .when(setAgenda([unknown]))
      .thenThrows('VALIDATION.UNKNOWN_UNION_ORGANISATION');
  });

  it('a linked origin with a date that does not exist is refused with VALIDATION.INVALID_DATE', () => {
    const linked: AgendaItem = {
      ...item('i-x', 'Återrapport', 'återrapportering'),
      origin: {
        kind: 'follow-up',
        followUpId: 'fu-1',
        fromMeetingId: 'm-1',
        fromItemId: 'i-1',
        fromDate: '2019-01-28',
        dueDate: '2019-02-29',
      },
    };
    spec
      .given([scheduled])
      .when(setAgenda([linked]))
      .thenThrows('VALIDATION.INVALID_DATE');
  });

  it('dropping an item that has recorded content is refused with MEETING.ITEM_ALREADY_RECORDED', () => {
    spec
      .given([...running, informationRecorded])
      .when(setAgenda(agenda.slice(1)))
      .thenThrows('MEETING.ITEM_ALREADY_RECORDED');
  });

  it('dropping an item with nothing recorded is allowed', () => {
    spec
      .given([...running, informationRecorded])
      .when(setAgenda(agenda.slice(0, 2)))
      .then([
        { type: 'AgendaAmended', data: { meetingId, version: 2, items: agenda.slice(0, 2), at: later } },
      ]);
  });

  it('changing the agenda of a closed meeting is refused with MEETING.CLOSED', () => {
    spec.given(closedMeeting).when(setAgenda(agenda)).thenThrows('MEETING.CLOSED');
  });
});
