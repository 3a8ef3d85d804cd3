/**
 * Rules a review of real meetings found missing (issue 10, point 5), before and at the meeting:
 * a union's agenda item is taken off only with a reason, a substitute sits for their own party,
 * oenighet names only organisations at the table, and a beslut or förhandling needs its decision.
 */
import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { AgendaItem } from './agenda-item.js';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  agenda,
  agendaSet,
  at,
  attendees,
  closed,
  command,
  decisionRecorded,
  dialogRecorded,
  employer,
  informationRecorded,
  item,
  kommunal,
  later,
  meetingId,
  people,
  prepared,
  running,
  vision,
} from './meeting.fixtures.js';
import type { AttendanceEntry } from './participants.js';

const spec = deciderSpecification(meetingDecider);

describe('meeting: a union’s agenda item is taken off only with a reason (MBL §12)', () => {
  const proposal: AgendaItem = item('i-vision', 'Schemaläggning på Kvarnen', 'dialog', vision);
  const proposed: MeetingEvent = {
    type: 'AgendaItemProposed',
    data: { meetingId, version: 2, item: proposal, proposedBy: people.visionRep, at },
  };
  const withProposal = [...prepared, proposed];
  const reason = 'Frågan hanteras i LSG Kvarnen den 11 mars.';
  const setAgenda = (removals?: { itemId: string; reason: string }[]) =>
    command('SetAgenda', removals === undefined ? { items: agenda } : { items: agenda, removals });

  it('leaving out a union’s item without a reason is refused with MEETING.REMOVAL_REASON_REQUIRED', () => {
    spec.given(withProposal).when(setAgenda()).thenThrows('MEETING.REMOVAL_REASON_REQUIRED');
  });

  it('with a reason the item is taken off, and the meeting keeps it and the reason for the proposer', () => {
    const amended: MeetingEvent = {
      type: 'AgendaAmended',
      data: { meetingId, version: 3, items: agenda, removed: [{ item: proposal, reason }], at: later },
    };
    spec
      .given(withProposal)
      .when(setAgenda([{ itemId: 'i-vision', reason }]))
      .then([amended]);
    expect(foldEvents(meetingDecider, [...withProposal, amended]).removedItems).toEqual([
      { item: proposal, reason, agendaVersion: 3, at: later },
    ]);
  });

  it('an employer’s item may still be left out without a reason, as before', () => {
    spec
      .given(prepared)
      .when(command('SetAgenda', { items: agenda.slice(0, 2) }))
      .then([
        { type: 'AgendaAmended', data: { meetingId, version: 2, items: agenda.slice(0, 2), at: later } },
      ]);
  });

  it('a reason for an item the new agenda keeps is refused with MEETING.REMOVAL_OF_KEPT_ITEM', () => {
    spec
      .given(withProposal)
      .when(
        command('SetAgenda', { items: [...agenda, proposal], removals: [{ itemId: 'i-vision', reason }] }),
      )
      .thenThrows('MEETING.REMOVAL_OF_KEPT_ITEM');
  });

  it('a blank reason is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(withProposal)
      .when(setAgenda([{ itemId: 'i-vision', reason: ' ' }]))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('sending the same removal again records nothing', () => {
    const amended: MeetingEvent = {
      type: 'AgendaAmended',
      data: { meetingId, version: 3, items: agenda, removed: [{ item: proposal, reason }], at: later },
    };
    spec
      .given([...withProposal, amended])
      .when(setAgenda([{ itemId: 'i-vision', reason }]))
      .then([]);
  });

  it('an agenda event from before the rule (no removed items) still folds', () => {
    expect(foldEvents(meetingDecider, [...prepared, agendaSet]).removedItems).toEqual([]);
  });
});

describe('meeting: a substitute stands in for a member of the same party', () => {
  const replacing = (party: AttendanceEntry['party']): AttendanceEntry[] =>
    attendees.map((entry) => (entry.person.personId === 'p-jenny' ? { ...entry, party } : entry));

  it('a union member standing in for the absent ordförande is refused with MEETING.SUBSTITUTE_PARTY_MISMATCH', () => {
    spec
      .given(prepared)
      .when(command('RecordAttendance', { attendees: replacing(vision) }))
      .thenThrows('MEETING.SUBSTITUTE_PARTY_MISMATCH');
  });

  it('a Vision member standing in for Kommunal’s absent member is refused the same way', () => {
    const visionForKommunal: AttendanceEntry = {
      person: { personId: 'p-vera', name: 'Vera Ängström' },
      party: vision,
      role: 'ledamot',
      presence: 'present',
      replaces: people.kommunalRep.personId,
    };
    spec
      .given(prepared)
      .when(command('RecordAttendance', { attendees: [...attendees, visionForKommunal] }))
      .thenThrows('MEETING.SUBSTITUTE_PARTY_MISMATCH');
  });

  it('a Kommunal ersättare for Kommunal’s member is recorded', () => {
    const ersattare: AttendanceEntry = {
      person: { personId: 'p-kurt', name: 'Kurt Öhman' },
      party: kommunal,
      role: 'ledamot',
      presence: 'present',
      replaces: people.kommunalRep.personId,
    };
    const list = [...attendees, ersattare];
    spec
      .given(prepared)
      .when(command('RecordAttendance', { attendees: list }))
      .then([{ type: 'AttendanceRecorded', data: { meetingId, attendees: list, at: later } }]);
  });
});

describe('meeting: oenighet names only organisations present', () => {
  const oenighet = (disagreeing: string[]) =>
    command('RecordDecision', {
      itemId: 'i-beslut',
      text: 'Beslut enligt förslaget.',
      outcome: 'oenighet',
      disagreeing,
    });

  it('naming an organisation not at the meeting is refused with MEETING.DISAGREEING_ORGANISATION_NOT_PRESENT', () => {
    // Kommunal's only member is recorded absent (fixtures).
    spec
      .given(running)
      .when(oenighet(['Vision', 'Kommunal']))
      .thenThrows('MEETING.DISAGREEING_ORGANISATION_NOT_PRESENT');
  });

  it('before attendance is recorded no organisation is present', () => {
    spec
      .given(prepared)
      .when(oenighet(['Vision']))
      .thenThrows('MEETING.DISAGREEING_ORGANISATION_NOT_PRESENT');
  });

  it('organisations present may disagree', () => {
    spec
      .given(running)
      .when(oenighet(['Vision', 'Akademikerförbundet SSR']))
      .then([
        {
          type: 'DecisionRecorded',
          data: {
            meetingId,
            itemId: 'i-beslut',
            text: 'Beslut enligt förslaget.',
            outcome: 'oenighet',
            disagreeing: ['Vision', 'Akademikerförbundet SSR'],
            protokollsanteckningar: [],
            at: later,
          },
        },
      ]);
  });
});

describe('meeting: a beslut or förhandling item needs a recorded decision before closing', () => {
  const close = command('CloseMeeting', {});
  const dialogOnBeslut: MeetingEvent = {
    type: 'DialogRecorded',
    data: { meetingId, itemId: 'i-beslut', text: 'Parterna diskuterade förslaget.', views: [], at },
  };

  it('a beslut item with only a dialog is refused with MEETING.UNDECIDED_ITEMS, naming it', () => {
    spec
      .given([...running, informationRecorded, dialogRecorded, dialogOnBeslut])
      .when(close)
      .thenThrows('MEETING.UNDECIDED_ITEMS');
  });

  it('a förhandling item with only information is refused the same way', () => {
    const withForhandling: MeetingEvent = {
      type: 'AgendaAmended',
      data: {
        meetingId,
        version: 2,
        items: [...agenda, item('i-forh', 'Ny organisation', 'förhandling', employer)],
        at,
      },
    };
    const informed: MeetingEvent = {
      type: 'InformationRecorded',
      data: { meetingId, itemId: 'i-forh', text: 'Förslaget presenteras.', comments: [], at },
    };
    spec
      .given([...running, withForhandling, informationRecorded, dialogRecorded, decisionRecorded, informed])
      .when(close)
      .thenThrows('MEETING.UNDECIDED_ITEMS');
  });

  it('a deferred beslut item does not stop closing', () => {
    const deferred: MeetingEvent = {
      type: 'ItemDeferred',
      data: { meetingId, itemId: 'i-beslut', reason: 'Underlaget saknas.', at },
    };
    spec
      .given([...running, informationRecorded, dialogRecorded, deferred])
      .when(close)
      .then([closed]);
  });

  it('with the decision recorded the meeting closes', () => {
    spec
      .given([...running, informationRecorded, dialogRecorded, decisionRecorded])
      .when(close)
      .then([closed]);
  });
});
