import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { AgendaItem } from './agenda-item.js';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  agenda,
  at,
  closedMeeting,
  command,
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

describe('meeting: övrig fråga added during the meeting', () => {
  const fraga = {
    itemId: 'i-övr',
    title: 'Parkeringen vid Ängelholmsvägen',
    proposer: vision,
    presenters: [people.visionRep],
  };
  const added: MeetingEvent = {
    type: 'OvrigFragaAdded',
    data: { meetingId, version: 2, item: { ...fraga, kind: 'övrig fråga' }, at: later },
  };

  it('adding an övrig fråga appends it to the agenda as kind "övrig fråga"', () => {
    spec
      .given(running)
      .when(command('AddOvrigFraga', { item: fraga }))
      .then([added]);
    const state = foldEvents(meetingDecider, [...running, added]);
    expect(state.agenda.map((entry) => entry.itemId)).toEqual(['i-info', 'i-dialog', 'i-beslut', 'i-övr']);
  });

  it('adding the same övrig fråga again records nothing', () => {
    spec
      .given([...running, added])
      .when(command('AddOvrigFraga', { item: fraga }))
      .then([]);
  });

  it('an övrig fråga under an id already on the agenda is refused with MEETING.DUPLICATE_ITEM_ID', () => {
    spec
      .given(running)
      .when(command('AddOvrigFraga', { item: { ...fraga, itemId: 'i-info' } }))
      .thenThrows('MEETING.DUPLICATE_ITEM_ID');
  });

  it('an övrig fråga without a title is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(running)
      .when(command('AddOvrigFraga', { item: { ...fraga, title: '' } }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('an övrig fråga on a closed meeting is refused with MEETING.CLOSED', () => {
    spec
      .given(closedMeeting)
      .when(command('AddOvrigFraga', { item: fraga }))
      .thenThrows('MEETING.CLOSED');
  });
});

describe('meeting: kallelse', () => {
  const recipients = [people.substituteChair, people.ssrRep, people.visionRep];
  const issued: MeetingEvent = {
    type: 'KallelseIssued',
    data: { meetingId, agendaVersion: 1, recipients, at },
  };

  it('issuing a kallelse records the agenda version sent, to whom and when', () => {
    spec
      .given(prepared)
      .when(command('IssueKallelse', { recipients }, at))
      .then([issued]);
  });

  it('a recipient listed twice is sent one kallelse', () => {
    spec
      .given(prepared)
      .when(command('IssueKallelse', { recipients: [...recipients, people.ssrRep] }, at))
      .then([issued]);
  });

  it('the same agenda to the same people again records nothing', () => {
    spec
      .given([...prepared, issued])
      .when(command('IssueKallelse', { recipients }, at))
      .then([]);
  });

  it('after an amendment a new kallelse carries the new agenda version', () => {
    const amended: MeetingEvent = {
      type: 'AgendaAmended',
      data: { meetingId, version: 2, items: agenda.slice(0, 2), at },
    };
    spec
      .given([...prepared, issued, amended])
      .when(command('IssueKallelse', { recipients }, at))
      .then([{ type: 'KallelseIssued', data: { meetingId, agendaVersion: 2, recipients, at } }]);
  });

  it('a kallelse with an empty agenda is refused with MEETING.EMPTY_AGENDA', () => {
    spec.given([scheduled]).when(command('IssueKallelse', { recipients })).thenThrows('MEETING.EMPTY_AGENDA');
  });

  it('a kallelse can go out with only the carried-over proposal (version 0)', () => {
    const returning: AgendaItem = {
      ...item('deferred:m-1:i-tema', 'Fackliga parter återkopplar', 'dialog'),
      origin: {
        kind: 'deferred',
        fromMeetingId: 'm-1',
        fromItemId: 'i-tema',
        fromDate: '2019-01-28',
        reason: 'Kommunal saknas',
      },
    };
    const carried = { ...scheduled, data: { ...scheduled.data, carriedOver: [returning] } } as MeetingEvent;
    const withOrigin = foldEvents(meetingDecider, [carried]);
    expect(withOrigin.agendaVersion).toBe(0);
    spec
      .given([carried])
      .when(command('IssueKallelse', { recipients }, at))
      .then([{ type: 'KallelseIssued', data: { meetingId, agendaVersion: 0, recipients, at } }]);
  });

  it('a kallelse without recipients is refused with MEETING.NO_RECIPIENTS', () => {
    spec
      .given(prepared)
      .when(command('IssueKallelse', { recipients: [] }))
      .thenThrows('MEETING.NO_RECIPIENTS');
  });

  it('a kallelse for a closed meeting is refused with MEETING.CLOSED', () => {
    spec.given(closedMeeting).when(command('IssueKallelse', { recipients })).thenThrows('MEETING.CLOSED');
  });
});
