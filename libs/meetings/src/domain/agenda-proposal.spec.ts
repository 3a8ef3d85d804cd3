/** MBL §12: a union organisation puts an item on the agenda itself, not through the chairs. */
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
  kommunal,
  later,
  meetingId,
  people,
  prepared,
  running,
  scheduled,
  vision,
} from './meeting.fixtures.js';

const spec = deciderSpecification(meetingDecider);

const proposal: AgendaItem = {
  itemId: 'i-schema',
  title: 'Schemaläggning på Kvarnen',
  kind: 'dialog',
  estimatedMinutes: 20,
  presenters: [people.visionRep],
  proposer: vision,
};
const proposed = (version: number, item: AgendaItem = proposal): MeetingEvent => ({
  type: 'AgendaItemProposed',
  data: { meetingId, version, item, proposedBy: people.visionRep, at: later },
});
const propose = (item: Omit<AgendaItem, 'origin'> = proposal) =>
  command('ProposeAgendaItem', { item, proposedBy: people.visionRep });

describe('meeting: a union proposes an agenda item (MBL §12)', () => {
  it('a proposal is appended to the agenda as a new agenda version, with the organisation as proposer', () => {
    spec
      .given(prepared)
      .when(propose())
      .then([proposed(2)]);
    const state = foldEvents(meetingDecider, [...prepared, proposed(2)]);
    expect(state.agendaVersion).toBe(2);
    expect(state.agenda.map(({ itemId }) => itemId)).toEqual([
      ...agenda.map(({ itemId }) => itemId),
      'i-schema',
    ]);
    expect(state.agenda.at(-1)).toEqual(proposal);
  });

  it('a proposal before the chairs set the agenda follows the carried-over proposal (version 0 → 1)', () => {
    spec
      .given([scheduled])
      .when(propose())
      .then([proposed(1)]);
  });

  it('a proposal during the meeting is recorded too: the meeting is not closed', () => {
    spec
      .given(running)
      .when(propose())
      .then([proposed(2)]);
  });

  it('every agenda item kind can be proposed, e.g. a förhandling', () => {
    const forhandling: AgendaItem = {
      ...proposal,
      itemId: 'i-mbl11',
      kind: 'förhandling',
      proposer: kommunal,
    };
    spec
      .given(prepared)
      .when(propose(forhandling))
      .then([proposed(2, forhandling)]);
  });

  it('the kallelse issued after a proposal carries the new agenda version', () => {
    const recipients = [people.substituteChair, people.visionRep];
    spec
      .given([...prepared, proposed(2)])
      .when(command('IssueKallelse', { recipients }, at))
      .then([{ type: 'KallelseIssued', data: { meetingId, agendaVersion: 2, recipients, at } }]);
  });

  it('the same proposal again (a retried request) records nothing', () => {
    spec
      .given([...prepared, proposed(2)])
      .when(propose())
      .then([]);
  });

  it('a proposal under an id already on the agenda is refused with MEETING.DUPLICATE_ITEM_ID', () => {
    spec
      .given(prepared)
      .when(propose({ ...proposal, itemId: 'i-info' }))
      .thenThrows('MEETING.DUPLICATE_ITEM_ID');
  });

  it('a proposal without a title is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(prepared)
      .when(propose({ ...proposal, title: '   ' }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('a proposal of a kind agendas do not have is refused with VALIDATION.INVALID_VALUE', () => {
    spec
      .given(prepared)
      .when(propose({ ...proposal, kind: 'önskemål' as AgendaItem['kind'] }))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });

  it('a proposal from an organisation the meeting does not know is refused', () => {
    spec
      .given(prepared)
      .when(propose({ ...proposal, proposer: { side: 'union', organisation: 'Okänt förbund' } }))
      .thenThrows('VALIDATION.UNKNOWN_UNION_ORGANISATION');
  });

  it('a proposal cannot claim an origin: only carry-over says where an item came from', () => {
    const claimed = {
      ...proposal,
      origin: {
        kind: 'deferred',
        fromMeetingId: 'm-1',
        fromItemId: 'i-x',
        fromDate: '2019-01-28',
        reason: 'x',
      },
    } as AgendaItem;
    spec
      .given(prepared)
      .when(propose(claimed))
      .then([proposed(2)]);
  });

  it('a proposal on a closed meeting is refused with MEETING.CLOSED', () => {
    spec.given(closedMeeting).when(propose()).thenThrows('MEETING.CLOSED');
  });

  it('a proposal for a meeting that is not scheduled is refused with MEETING.NOT_SCHEDULED', () => {
    spec.given([]).when(propose()).thenThrows('MEETING.NOT_SCHEDULED');
  });
});
