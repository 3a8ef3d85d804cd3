import type { Party } from '#domain/shared-kernel';
import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  closedMeeting,
  command,
  employer,
  handled,
  justerad,
  justerare,
  justerareAppointed,
  justerat,
  justeratMeeting,
  later,
  meetingId,
  people,
  ssr,
  vision,
} from './meeting.fixtures.js';
import { isJusterat, protocolStatus } from './queries.js';

const spec = deciderSpecification(meetingDecider);
/** `currentTextHash`: the server's hash of the latest revision, the same as the one named unless told. */
const justera = (
  personId: string,
  party: Party,
  revision = 1,
  textHash = 'sha256:rev1',
  currentTextHash = textHash,
) => command('JusteraProtocol', { justerarePersonId: personId, party, revision, textHash, currentTextHash });
const decline = (
  personId: string,
  party: Party,
  revision = 1,
  comment = 'Antalet samtal ska vara 13, inte 31.',
) => command('DeclineJustering', { justerarePersonId: personId, party, revision, comment });
const employerApproved = justerad(people.substituteChair, employer);
const ssrApproved = justerad(people.ssrRep, ssr);
const revisedTo2: MeetingEvent = {
  type: 'ProtocolRevised',
  data: {
    meetingId,
    revision: 2,
    revisedBy: people.secretary,
    reason: 'Rättat antal.',
    corrections: [],
    at: later,
  },
};
const ssrDeclined: MeetingEvent = {
  type: 'JusteringDeclined',
  data: {
    meetingId,
    revision: 1,
    justerare: people.ssrRep,
    party: ssr,
    comment: 'Antalet samtal ska vara 13, inte 31.',
    at: later,
  },
};

describe('meeting: protocol justerad', () => {
  it('a justerare approves the latest revision for their own organisation, with the hash of the text', () => {
    spec.given(closedMeeting).when(justera('p-jenny', employer)).then([employerApproved]);
  });

  it('when every appointed justerare has approved the same revision the protocol is justerat', () => {
    spec
      .given([...closedMeeting, employerApproved])
      .when(justera('p-cornelia', ssr))
      .then([ssrApproved, justerat()]);
    expect(isJusterat(foldEvents(meetingDecider, justeratMeeting))).toBe(true);
  });

  it('with three justerare the protocol is justerat only after the third', () => {
    const three: MeetingEvent = {
      type: 'JusterareAppointed',
      data: { meetingId, justerare: [...justerare, { person: people.visionRep, party: vision }], at: later },
    };
    const given = closedMeeting.map((event) => (event === justerareAppointed ? three : event));
    spec
      .given([...given, employerApproved])
      .when(justera('p-cornelia', ssr))
      .then([ssrApproved]);
    spec
      .given([...given, employerApproved, ssrApproved])
      .when(justera('p-marten', vision))
      .then([justerad(people.visionRep, vision), justerat()]);
  });

  it('approving twice records nothing', () => {
    spec
      .given([...closedMeeting, employerApproved])
      .when(justera('p-jenny', employer))
      .then([]);
  });

  it('approving again after the protocol is justerat records nothing', () => {
    spec.given(justeratMeeting).when(justera('p-cornelia', ssr)).then([]);
  });

  it('someone who is not an appointed justerare is refused with MEETING.NOT_A_JUSTERARE', () => {
    spec.given(closedMeeting).when(justera('p-marten', vision)).thenThrows('MEETING.NOT_A_JUSTERARE');
  });

  it.each<[string, string, Party]>([
    ['the union justerare for another union', 'p-cornelia', vision],
    ['the union justerare for the employer', 'p-cornelia', employer],
    ['the employer justerare for a union', 'p-jenny', ssr],
  ])('%s is refused with MEETING.NOT_OWN_ORGANISATION', (_case, personId, party) => {
    spec.given(closedMeeting).when(justera(personId, party)).thenThrows('MEETING.NOT_OWN_ORGANISATION');
  });

  it.each([0, 2, 1.5])(
    'revision %p that does not exist is refused with MEETING.UNKNOWN_REVISION',
    (revision) => {
      spec
        .given(closedMeeting)
        .when(justera('p-jenny', employer, revision))
        .thenThrows('MEETING.UNKNOWN_REVISION');
    },
  );

  it('a superseded revision is refused with MEETING.REVISION_NOT_LATEST', () => {
    spec
      .given([...closedMeeting, revisedTo2])
      .when(justera('p-jenny', employer, 1))
      .thenThrows('MEETING.REVISION_NOT_LATEST');
  });

  it('approvals of an earlier revision do not count for the new one', () => {
    spec
      .given([...closedMeeting, employerApproved, revisedTo2])
      .when(justera('p-cornelia', ssr, 2, 'sha256:rev2'))
      .then([justerad(people.ssrRep, ssr, 2, 'sha256:rev2')]);
  });

  it('after a justerare asked for a change, approving that revision is refused with MEETING.CHANGE_REQUESTED', () => {
    spec
      .given([...closedMeeting, ssrDeclined])
      .when(justera('p-jenny', employer))
      .thenThrows('MEETING.CHANGE_REQUESTED');
  });

  it('after the revision that answers the change, both approve the new revision and it is justerat', () => {
    const rev2Employer = justerad(people.substituteChair, employer, 2, 'sha256:rev2');
    spec
      .given([...closedMeeting, ssrDeclined, revisedTo2, rev2Employer])
      .when(justera('p-cornelia', ssr, 2, 'sha256:rev2'))
      .then([justerad(people.ssrRep, ssr, 2, 'sha256:rev2'), justerat(2, 'sha256:rev2')]);
  });

  it('a hash that differs from what others approved for the revision is refused with MEETING.TEXT_HASH_MISMATCH', () => {
    spec
      .given([...closedMeeting, employerApproved])
      .when(justera('p-cornelia', ssr, 1, 'sha256:other'))
      .thenThrows('MEETING.TEXT_HASH_MISMATCH');
  });

  it('an empty hash is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(closedMeeting)
      .when(justera('p-jenny', employer, 1, ''))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('justering before the meeting is closed is refused with MEETING.NOT_CLOSED', () => {
    spec.given(handled).when(justera('p-jenny', employer)).thenThrows('MEETING.NOT_CLOSED');
  });

  it('after a rättelse every justerare must approve the new revision again', () => {
    const corrected: MeetingEvent = {
      type: 'ProtocolCorrected',
      data: {
        meetingId,
        revision: 2,
        correctedBy: people.secretary,
        reason: 'Rättelse av namn.',
        corrections: [],
        at: later,
      },
    };
    spec
      .given([...justeratMeeting, corrected])
      .when(justera('p-jenny', employer, 2, 'sha256:rev2'))
      .then([justerad(people.substituteChair, employer, 2, 'sha256:rev2')]);
    spec
      .given([...justeratMeeting, corrected])
      .when(justera('p-jenny', employer, 1))
      .thenThrows('MEETING.REVISION_NOT_LATEST');
  });
});

describe('meeting: protocol status', () => {
  it.each<[string, string, MeetingEvent[]]>([
    ['before close', 'no protocol', handled],
    ['after close', 'awaiting justering', closedMeeting],
    ['after one approval', 'awaiting justering', [...closedMeeting, employerApproved]],
    ['after a decline', 'change requested', [...closedMeeting, ssrDeclined]],
    ['after the revision that answers it', 'awaiting justering', [...closedMeeting, ssrDeclined, revisedTo2]],
    ['after every approval', 'justerat', justeratMeeting],
  ])('%s the protocol is %s', (_when, status, events) => {
    expect(protocolStatus(foldEvents(meetingDecider, events))).toBe(status);
  });
});

describe('meeting: justering declined / change proposed', () => {
  it('a justerare declines with a comment and the protocol goes back for revision', () => {
    spec.given(closedMeeting).when(decline('p-cornelia', ssr)).then([ssrDeclined]);
  });

  it('declining a revision one had approved is allowed (the approval no longer completes it)', () => {
    spec
      .given([...closedMeeting, ssrApproved])
      .when(decline('p-cornelia', ssr))
      .then([ssrDeclined]);
  });

  it('the same decline again records nothing', () => {
    spec
      .given([...closedMeeting, ssrDeclined])
      .when(decline('p-cornelia', ssr))
      .then([]);
  });

  it('declining without a comment is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(closedMeeting)
      .when(decline('p-cornelia', ssr, 1, ' '))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('declining by someone who is not a justerare is refused with MEETING.NOT_A_JUSTERARE', () => {
    spec.given(closedMeeting).when(decline('p-marten', vision)).thenThrows('MEETING.NOT_A_JUSTERARE');
  });

  it('declining for another organisation is refused with MEETING.NOT_OWN_ORGANISATION', () => {
    spec.given(closedMeeting).when(decline('p-cornelia', vision)).thenThrows('MEETING.NOT_OWN_ORGANISATION');
  });

  it('declining a superseded revision is refused with MEETING.REVISION_NOT_LATEST', () => {
    spec
      .given([...closedMeeting, revisedTo2])
      .when(decline('p-cornelia', ssr, 1))
      .thenThrows('MEETING.REVISION_NOT_LATEST');
  });

  it('declining a revision that does not exist is refused with MEETING.UNKNOWN_REVISION', () => {
    spec
      .given(closedMeeting)
      .when(decline('p-cornelia', ssr, 3))
      .thenThrows('MEETING.UNKNOWN_REVISION');
  });

  it('declining a justerat protocol is refused with MEETING.JUSTERAT', () => {
    spec.given(justeratMeeting).when(decline('p-cornelia', ssr)).thenThrows('MEETING.JUSTERAT');
  });

  it('declining before the meeting is closed is refused with MEETING.NOT_CLOSED', () => {
    spec.given(handled).when(decline('p-cornelia', ssr)).thenThrows('MEETING.NOT_CLOSED');
  });
});
