import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  closedMeeting,
  command,
  employer,
  informationRecorded,
  later,
  meetingId,
  people,
  running,
  scheduled,
  ssr,
} from './meeting.fixtures.js';
import { recordsOf } from './queries.js';

const spec = deciderSpecification(meetingDecider);
const deferred: MeetingEvent = {
  type: 'ItemDeferred',
  data: { meetingId, itemId: 'i-dialog', reason: 'Kommunal deltar inte.', at: later },
};

describe('meeting: information item recorded', () => {
  it('information is recorded with text, presenter and the parties’ comments', () => {
    const data = {
      itemId: 'i-info',
      text: 'Den 14 februari genomfördes ett ledarforum om APT.',
      presenter: people.substituteChair,
      comments: [{ party: ssr, text: 'Positivt att cheferna rustas.' }],
    };
    spec
      .given(running)
      .when(command('RecordInformation', data))
      .then([{ type: 'InformationRecorded', data: { meetingId, ...data, at: later } }]);
  });

  it('recording the same information again records nothing', () => {
    const { itemId, text } = informationRecorded.data as { itemId: string; text: string };
    spec
      .given([...running, informationRecorded])
      .when(command('RecordInformation', { itemId, text }))
      .then([]);
  });

  it('recording different information replaces the earlier text before close', () => {
    const replaced: MeetingEvent = {
      type: 'InformationRecorded',
      data: { meetingId, itemId: 'i-info', text: 'Rättad text.', comments: [], at: later },
    };
    spec
      .given([...running, informationRecorded])
      .when(command('RecordInformation', { itemId: 'i-info', text: 'Rättad text.' }))
      .then([replaced]);
    expect(
      recordsOf(foldEvents(meetingDecider, [...running, informationRecorded, replaced]), 'i-info').information
        ?.text,
    ).toBe('Rättad text.');
  });

  it('empty text is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(running)
      .when(command('RecordInformation', { itemId: 'i-info', text: ' \n\t ' }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('absurdly long text is refused with VALIDATION.TEXT_TOO_LONG', () => {
    spec
      .given(running)
      .when(command('RecordInformation', { itemId: 'i-info', text: 'ö'.repeat(50_001) }))
      .thenThrows('VALIDATION.TEXT_TOO_LONG');
  });

  it('text with HTML is kept as text, not interpreted', () => {
    const text = '<script>alert("å")</script> & <b>fet</b>';
    spec
      .given(running)
      .when(command('RecordInformation', { itemId: 'i-info', text }))
      .then([
        { type: 'InformationRecorded', data: { meetingId, itemId: 'i-info', text, comments: [], at: later } },
      ]);
  });

  it('recording on an item not on the agenda is refused with MEETING.ITEM_NOT_ON_AGENDA', () => {
    spec
      .given(running)
      .when(command('RecordInformation', { itemId: 'i-okänd', text: 'Något nytt.' }))
      .thenThrows('MEETING.ITEM_NOT_ON_AGENDA');
  });

  it('recording information on a closed meeting is refused with MEETING.CLOSED', () => {
    spec
      .given(closedMeeting)
      .when(command('RecordInformation', { itemId: 'i-info', text: 'Sent tillägg.' }))
      .thenThrows('MEETING.CLOSED');
  });

  it('recording on a deferred item is refused with MEETING.ITEM_DEFERRED', () => {
    spec
      .given([...running, deferred])
      .when(command('RecordDialog', { itemId: 'i-dialog', text: 'Ändå diskuterat.' }))
      .thenThrows('MEETING.ITEM_DEFERRED');
  });

  it('recording before the meeting is scheduled is refused with MEETING.NOT_SCHEDULED', () => {
    spec
      .given([])
      .when(command('RecordInformation', { itemId: 'i-info', text: 'Text' }))
      .thenThrows('MEETING.NOT_SCHEDULED');
  });

  it('recording before attendance is allowed (the secretary may prepare text)', () => {
    spec
      .given([scheduled, running[1]!])
      .when(command('RecordInformation', { itemId: 'i-info', text: 'Förberedd text.' }))
      .then([
        {
          type: 'InformationRecorded',
          data: { meetingId, itemId: 'i-info', text: 'Förberedd text.', comments: [], at: later },
        },
      ]);
  });
});

describe('meeting: dialog recorded', () => {
  it('dialog is recorded with text and the parties’ views', () => {
    const data = {
      itemId: 'i-dialog',
      text: 'Totalt genomfördes 13 avslutningssamtal 2018.',
      views: [
        {
          party: ssr,
          text: 'Undrar hur arbetsgivaren ställer sig till svårigheterna att rekrytera mellanchefer.',
        },
        { party: employer, text: 'Arbetsgivaren är välmedveten om problematiken.' },
      ],
    };
    spec
      .given(running)
      .when(command('RecordDialog', data))
      .then([{ type: 'DialogRecorded', data: { meetingId, ...data, at: later } }]);
  });

  it('a view without text is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(running)
      .when(
        command('RecordDialog', { itemId: 'i-dialog', text: 'Dialog.', views: [{ party: ssr, text: '' }] }),
      )
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('a view from an organisation not on the tenant list is refused with VALIDATION.UNKNOWN_UNION_ORGANISATION', () => {
    spec
      .given(running)
      .when(
        command('RecordDialog', {
          itemId: 'i-dialog',
          text: 'Dialog.',
          views: [{ party: { side: 'union', organisation: 'Okänt' }, text: 'Åsikt' }],
        }),
      )
      .thenThrows('VALIDATION.UNKNOWN_UNION_ORGANISATION');
  });
});
