import { deciderSpecification } from '#libs/testing';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  closedMeeting,
  command,
  employer,
  justerad,
  justeratMeeting,
  later,
  meetingId,
  people,
  ssr,
  vision,
} from './meeting.fixtures.js';
import { protocolStatus } from './queries.js';
import { foldEvents } from '#libs/ddd';

const spec = deciderSpecification(meetingDecider);
// `later` is 2019-02-25 11:00 UTC: the request is made on 25 February, Stockholm time.
const request = (lastDate?: string, requestedBy = people.secretary) =>
  command('RequestJustering', { requestedBy, defaultDays: 7, ...(lastDate ? { lastDate } : {}) });
const requested = (lastDate: string, revision = 1): MeetingEvent => ({
  type: 'JusteringRequested',
  data: {
    meetingId,
    revision,
    lastDate,
    requestedBy: people.secretary,
    justerare: [people.substituteChair, people.ssrRep],
    at: later,
  },
});

const propose = (fields: { itemId?: string; record?: 'decision'; wording?: string; comment?: string } = {}) =>
  command('ProposeProtocolChange', {
    justerarePersonId: 'p-cornelia',
    party: ssr,
    revision: 1,
    itemId: fields.itemId ?? 'i-beslut',
    comment: fields.comment ?? 'Beslutet säger inte när uppföljningen sker.',
    ...(fields.record ? { record: fields.record } : {}),
    ...(fields.wording ? { wording: fields.wording } : {}),
  });
const proposed: MeetingEvent = {
  type: 'ProtocolChangeProposed',
  data: {
    meetingId,
    proposalId: '1',
    revision: 1,
    justerare: people.ssrRep,
    party: ssr,
    itemId: 'i-beslut',
    paragraph: 6,
    comment: 'Beslutet säger inte när uppföljningen sker.',
    record: 'decision',
    wording: 'Uppföljningen sker i maj.',
    at: later,
  },
};
const answer = (answerValue: 'accepted' | 'rejected', extra: object = {}) =>
  command('AnswerProtocolChangeProposal', {
    proposalId: '1',
    answer: answerValue,
    answeredBy: people.secretary,
    reason: answerValue === 'accepted' ? 'Stämmer med beslutet.' : 'Beslutet togs så här.',
    ...extra,
  });

describe('justering: the request and its last date', () => {
  it('the secretary asks the justerare; without a date the last day is the default days ahead', () => {
    spec
      .given(closedMeeting)
      .when(request())
      .then([requested('2019-03-04')]);
  });

  it('a last date of the secretary’s own, today included, is kept', () => {
    spec
      .given(closedMeeting)
      .when(request('2019-02-25'))
      .then([requested('2019-02-25')]);
  });

  it('a last date before today is refused with MEETING.LAST_DATE_IN_PAST', () => {
    spec.given(closedMeeting).when(request('2019-02-24')).thenThrows('MEETING.LAST_DATE_IN_PAST');
  });

  it('a last date more than a year away is refused with MEETING.LAST_DATE_TOO_FAR', () => {
    spec.given(closedMeeting).when(request('2020-03-01')).thenThrows('MEETING.LAST_DATE_TOO_FAR');
  });

  it('a date that does not exist is refused with VALIDATION.INVALID_DATE', () => {
    spec.given(closedMeeting).when(request('2019-02-30')).thenThrows('VALIDATION.INVALID_DATE');
  });

  it('only the secretary or the chair asks: a justerare is refused with MEETING.NOT_SECRETARY', () => {
    spec.given(closedMeeting).when(request(undefined, people.ssrRep)).thenThrows('MEETING.NOT_SECRETARY');
  });

  it('asking again for the same revision and day records nothing; a new day is a new request', () => {
    spec
      .given([...closedMeeting, requested('2019-03-04')])
      .when(request())
      .then([]);
    spec
      .given([...closedMeeting, requested('2019-03-04')])
      .when(request('2019-03-08'))
      .then([requested('2019-03-08')]);
  });

  it('a justerat protocol is not asked for again: MEETING.JUSTERAT', () => {
    spec.given(justeratMeeting).when(request()).thenThrows('MEETING.JUSTERAT');
  });
});

describe('justering: change proposals per §', () => {
  it('a justerare proposes a change to one § with the wording they want', () => {
    spec
      .given(closedMeeting)
      .when(propose({ record: 'decision', wording: 'Uppföljningen sker i maj.' }))
      .then([proposed]);
  });

  it('an open proposal sends the revision back: nobody approves it until it is answered', () => {
    spec
      .given([...closedMeeting, proposed])
      .when(
        command('JusteraProtocol', {
          justerarePersonId: 'p-jenny',
          party: employer,
          revision: 1,
          textHash: 'sha256:rev1',
          currentTextHash: 'sha256:rev1',
        }),
      )
      .thenThrows('MEETING.CHANGE_REQUESTED');
    expect(protocolStatus(foldEvents(meetingDecider, [...closedMeeting, proposed]))).toBe('change requested');
  });

  it('an item that is not a § of the protocol is refused with MEETING.NOT_A_PARAGRAPH', () => {
    spec
      .given(closedMeeting)
      .when(propose({ itemId: 'i-finns-inte' }))
      .thenThrows('MEETING.NOT_A_PARAGRAPH');
  });

  it('a wording without the record it replaces is refused with MEETING.WORDING_WITHOUT_RECORD', () => {
    spec
      .given(closedMeeting)
      .when(propose({ wording: 'Ny text.' }))
      .thenThrows('MEETING.WORDING_WITHOUT_RECORD');
  });

  it('a justerare proposes only for their own party: MEETING.NOT_OWN_ORGANISATION', () => {
    spec
      .given(closedMeeting)
      .when(
        command('ProposeProtocolChange', {
          justerarePersonId: 'p-cornelia',
          party: vision,
          revision: 1,
          itemId: 'i-beslut',
          comment: 'Fel.',
        }),
      )
      .thenThrows('MEETING.NOT_OWN_ORGANISATION');
  });

  it('the same proposal twice records nothing', () => {
    spec
      .given([...closedMeeting, proposed])
      .when(propose({ record: 'decision', wording: 'Uppföljningen sker i maj.' }))
      .then([]);
  });
});

describe('justering: the secretary answers a proposal', () => {
  const revised: MeetingEvent = {
    type: 'ProtocolRevised',
    data: {
      meetingId,
      revisedBy: people.secretary,
      revision: 2,
      reason: 'Ändring enligt förslag från Cornelia Sjöström (§ 6): Stämmer med beslutet.',
      corrections: [{ itemId: 'i-beslut', record: 'decision', text: 'Uppföljningen sker i maj.' }],
      at: later,
    },
  };

  it('accepting takes the proposed wording as a new revision', () => {
    spec
      .given([...closedMeeting, proposed])
      .when(answer('accepted'))
      .then([
        {
          type: 'ProtocolChangeProposalAnswered',
          data: {
            meetingId,
            proposalId: '1',
            itemId: 'i-beslut',
            answer: 'accepted',
            answeredBy: people.secretary,
            reason: 'Stämmer med beslutet.',
            revision: 2,
            at: later,
          },
        },
        revised,
      ]);
  });

  it('rejecting with a reason leaves the revision free to approve', () => {
    const rejected: MeetingEvent = {
      type: 'ProtocolChangeProposalAnswered',
      data: {
        meetingId,
        proposalId: '1',
        itemId: 'i-beslut',
        answer: 'rejected',
        answeredBy: people.secretary,
        reason: 'Beslutet togs så här.',
        at: later,
      },
    };
    spec
      .given([...closedMeeting, proposed])
      .when(answer('rejected'))
      .then([rejected]);
    spec
      .given([...closedMeeting, proposed, rejected, justerad(people.substituteChair, employer)])
      .when(
        command('JusteraProtocol', {
          justerarePersonId: 'p-cornelia',
          party: ssr,
          revision: 1,
          textHash: 'sha256:rev1',
          currentTextHash: 'sha256:rev1',
        }),
      )
      .then([
        justerad(people.ssrRep, ssr),
        { type: 'ProtocolJusterat', data: { meetingId, revision: 1, textHash: 'sha256:rev1', at: later } },
      ]);
  });

  it('a proposal without wording needs the secretary’s text: MEETING.PROPOSAL_WITHOUT_WORDING', () => {
    const plain: MeetingEvent = {
      ...proposed,
      data: { ...proposed.data, record: undefined, wording: undefined },
    } as MeetingEvent;
    spec
      .given([...closedMeeting, plain])
      .when(answer('accepted'))
      .thenThrows('MEETING.PROPOSAL_WITHOUT_WORDING');
  });

  it('accepting corrects only the proposal’s own §: MEETING.CORRECTION_OUTSIDE_PROPOSAL', () => {
    spec
      .given([...closedMeeting, proposed])
      .when(
        answer('accepted', { corrections: [{ itemId: 'i-info', record: 'information', text: 'Annat.' }] }),
      )
      .thenThrows('MEETING.CORRECTION_OUTSIDE_PROPOSAL');
  });

  it('an unknown proposal is refused with MEETING.UNKNOWN_PROPOSAL; a justerare cannot answer', () => {
    spec.given(closedMeeting).when(answer('rejected')).thenThrows('MEETING.UNKNOWN_PROPOSAL');
    spec
      .given([...closedMeeting, proposed])
      .when(answer('rejected', { answeredBy: people.ssrRep }))
      .thenThrows('MEETING.NOT_SECRETARY');
  });

  it('an answered proposal keeps its answer: the other answer is refused with MEETING.PROPOSAL_ANSWERED', () => {
    const accepted = meetingDecider.decide(
      answer('accepted'),
      foldEvents(meetingDecider, [...closedMeeting, proposed]),
    );
    spec
      .given([...closedMeeting, proposed, ...accepted])
      .when(answer('accepted'))
      .then([]);
    spec
      .given([...closedMeeting, proposed, ...accepted])
      .when(answer('rejected'))
      .thenThrows('MEETING.PROPOSAL_ANSWERED');
  });
});
