/**
 * Rules about the protocol a review of real meetings found missing (issue 10, point 5): a
 * justering names the hash of the text it approves, and a protokollsanteckning may still be
 * handed in between closing and justering, as a new revision.
 */
import type { Party } from '#domain/shared-kernel';
import { foldEvents } from '#libs/ddd';
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
import { isJusterat, latestRevision, protocolStatus, recordsOf } from './queries.js';

const spec = deciderSpecification(meetingDecider);
const justera = (personId: string, party: Party, textHash: string, currentTextHash: string, revision = 1) =>
  command('JusteraProtocol', { justerarePersonId: personId, party, revision, textHash, currentTextHash });

describe('meeting: justering names the hash of the text it approves', () => {
  it('a hash other than that of the text as it is now is refused with MEETING.TEXT_HASH_MISMATCH', () => {
    spec
      .given(closedMeeting)
      .when(justera('p-jenny', employer, 'sha256:what-i-read-yesterday', 'sha256:rev1'))
      .thenThrows('MEETING.TEXT_HASH_MISMATCH');
  });

  it('the hash of the text as it is now is approved, and the approval records it', () => {
    spec
      .given(closedMeeting)
      .when(justera('p-jenny', employer, 'sha256:rev1', 'sha256:rev1'))
      .then([justerad(people.substituteChair, employer)]);
  });

  it('a justering that names no hash is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(closedMeeting)
      .when(justera('p-jenny', employer, '', 'sha256:rev1'))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });
});

describe('meeting: a protokollsanteckning between closing and justering', () => {
  const statement = { itemId: 'i-beslut', party: vision, text: 'Vision vill att beslutet följs upp i juni.' };
  const addedAfterClosing = (revision: number, enteredBy?: typeof people.visionRep): MeetingEvent => ({
    type: 'ProtokollsanteckningAdded',
    data: { meetingId, ...statement, ...(enteredBy ? { enteredBy } : {}), revision, at: later },
  });

  it('is added to the closed protocol as a new revision', () => {
    spec
      .given(closedMeeting)
      .when(command('AddProtokollsanteckning', statement))
      .then([addedAfterClosing(2)]);
    const state = foldEvents(meetingDecider, [...closedMeeting, addedAfterClosing(2)]);
    expect(recordsOf(state, 'i-beslut').protokollsanteckningar).toEqual([
      { party: vision, text: statement.text },
    ]);
    expect(latestRevision(state)).toBe(2);
    expect(state.revisions.at(-1)).toEqual({
      revision: 2,
      kind: 'revision',
      reason: 'Protokollsanteckning för Vision tillagd i § 6',
      at: later,
    });
  });

  it('entered by the representative, who was at the meeting, the revision says who', () => {
    spec
      .given(closedMeeting)
      .when(command('AddProtokollsanteckning', { ...statement, enteredBy: people.visionRep }))
      .then([addedAfterClosing(2, people.visionRep)]);
    const state = foldEvents(meetingDecider, [...closedMeeting, addedAfterClosing(2, people.visionRep)]);
    expect(state.revisions.at(-1)?.by).toEqual(people.visionRep);
  });

  it('voids approvals made before it: the earlier revision can no longer be justerad', () => {
    const given = [...closedMeeting, justerad(people.substituteChair, employer), addedAfterClosing(2)];
    spec
      .given(given)
      .when(justera('p-cornelia', ssr, 'sha256:rev1', 'sha256:rev2'))
      .thenThrows('MEETING.REVISION_NOT_LATEST');
    spec
      .given(given)
      .when(justera('p-cornelia', ssr, 'sha256:rev2', 'sha256:rev2', 2))
      .then([justerad(people.ssrRep, ssr, 2, 'sha256:rev2')]);
    expect(protocolStatus(foldEvents(meetingDecider, given))).toBe('awaiting justering');
  });

  it('after justering it is refused with MEETING.JUSTERAT: only a rättelse changes the protocol', () => {
    expect(isJusterat(foldEvents(meetingDecider, justeratMeeting))).toBe(true);
    spec
      .given(justeratMeeting)
      .when(command('AddProtokollsanteckning', statement))
      .thenThrows('MEETING.JUSTERAT');
  });

  it('a representative not at the meeting is still refused with MEETING.NOT_PRESENT', () => {
    spec
      .given(closedMeeting)
      .when(
        command('AddProtokollsanteckning', {
          ...statement,
          party: { side: 'union', organisation: 'Kommunal' },
          enteredBy: people.kommunalRep,
        }),
      )
      .thenThrows('MEETING.NOT_PRESENT');
  });

  it('the same statement again records nothing', () => {
    spec
      .given([...closedMeeting, addedAfterClosing(2)])
      .when(command('AddProtokollsanteckning', statement))
      .then([]);
  });
});
