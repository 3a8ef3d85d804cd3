import { deciderSpecification } from '#libs/testing';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  at,
  command,
  decisionRecorded,
  justeratMeeting,
  kommunal,
  later,
  meetingId,
  running,
  vision,
} from './meeting.fixtures.js';

const spec = deciderSpecification(meetingDecider);

describe('meeting: decision recorded', () => {
  const { itemId, text } = decisionRecorded.data as { itemId: string; text: string };

  it('a decision in enighet is recorded', () => {
    spec
      .given(running)
      .when(command('RecordDecision', { itemId, text, outcome: 'enighet' }, at))
      .then([decisionRecorded]);
  });

  it('a decision in oenighet names the disagreeing organisations and protokollsanteckningar', () => {
    const data = {
      itemId,
      text: 'Arbetsgivaren beslutar enligt förslaget.',
      outcome: 'oenighet' as const,
      disagreeing: ['Vision', 'Akademikerförbundet SSR', 'Vision'],
      protokollsanteckningar: [{ party: vision, text: 'Vision anser att förslaget försämrar arbetsmiljön.' }],
    };
    spec
      .given(running)
      .when(command('RecordDecision', data))
      .then([
        {
          type: 'DecisionRecorded',
          data: { meetingId, ...data, disagreeing: ['Vision', 'Akademikerförbundet SSR'], at: later },
        },
      ]);
  });

  it('recording the same decision again records nothing', () => {
    spec
      .given([...running, decisionRecorded])
      .when(command('RecordDecision', { itemId, text, outcome: 'enighet' }))
      .then([]);
  });

  it('oenighet without organisations is refused with MEETING.DISAGREEMENT_WITHOUT_ORGANISATIONS', () => {
    spec
      .given(running)
      .when(command('RecordDecision', { itemId, text, outcome: 'oenighet' }))
      .thenThrows('MEETING.DISAGREEMENT_WITHOUT_ORGANISATIONS');
  });

  it('enighet with disagreeing organisations is refused with MEETING.AGREEMENT_WITH_DISAGREEING_ORGANISATIONS', () => {
    spec
      .given(running)
      .when(command('RecordDecision', { itemId, text, outcome: 'enighet', disagreeing: ['Vision'] }))
      .thenThrows('MEETING.AGREEMENT_WITH_DISAGREEING_ORGANISATIONS');
  });

  it('a disagreeing organisation not on the tenant list is refused with VALIDATION.UNKNOWN_UNION_ORGANISATION', () => {
    spec
      .given(running)
      .when(command('RecordDecision', { itemId, text, outcome: 'oenighet', disagreeing: ['Lärarförbundet'] }))
      .thenThrows('VALIDATION.UNKNOWN_UNION_ORGANISATION');
  });

  it('an unknown outcome is refused with VALIDATION.INVALID_VALUE', () => {
    spec
      .given(running)
      .when(command('RecordDecision', { itemId, text, outcome: 'kanske' as never }))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });

  it('an empty decision text is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(running)
      .when(command('RecordDecision', { itemId, text: '', outcome: 'enighet' }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });
});

describe('meeting: protokollsanteckning', () => {
  const added: MeetingEvent = {
    type: 'ProtokollsanteckningAdded',
    data: {
      meetingId,
      itemId: 'i-dialog',
      party: kommunal,
      text: 'Kommunal vill ha frågan på nästa möte.',
      at: later,
    },
  };

  it('a party adds a protokollsanteckning to an item, attributed to the organisation', () => {
    spec
      .given(running)
      .when(
        command('AddProtokollsanteckning', {
          itemId: 'i-dialog',
          party: kommunal,
          text: 'Kommunal vill ha frågan på nästa möte.',
        }),
      )
      .then([added]);
  });

  it('adding the same protokollsanteckning again records nothing', () => {
    spec
      .given([...running, added])
      .when(
        command('AddProtokollsanteckning', {
          itemId: 'i-dialog',
          party: kommunal,
          text: 'Kommunal vill ha frågan på nästa möte.',
        }),
      )
      .then([]);
  });

  it('an empty protokollsanteckning is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(running)
      .when(command('AddProtokollsanteckning', { itemId: 'i-dialog', party: kommunal, text: '' }))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('a protokollsanteckning on a justerat meeting is refused with MEETING.JUSTERAT (a rättelse changes it)', () => {
    spec
      .given(justeratMeeting)
      .when(command('AddProtokollsanteckning', { itemId: 'i-dialog', party: kommunal, text: 'Sent.' }))
      .thenThrows('MEETING.JUSTERAT');
  });
});
