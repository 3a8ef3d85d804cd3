import { foldEvents } from '#libs/ddd';
import {
  employer,
  justerad,
  justeratMeeting,
  closedMeeting,
  later,
  meetingId,
  people,
  prepared,
  ssr,
} from '../../domain/meeting.fixtures.js';
import { meetingDecider, type MeetingEvent } from '../../domain/index.js';
import { meetingListingOf } from './meeting-listing.js';

const listing = (events: MeetingEvent[]) =>
  meetingListingOf(foldEvents(meetingDecider, events), events.length);

describe('a meeting as the lists show it', () => {
  it('given a meeting not yet scheduled, then it is not listed', () => {
    expect(listing([])).toBeUndefined();
  });

  it('given a scheduled meeting, then it is listed without protocol, waiting for nobody', () => {
    expect(listing(prepared)).toMatchObject({
      status: 'scheduled',
      protocolStatus: 'no protocol',
      latestRevision: 0,
      awaitingJusteringBy: [],
      version: prepared.length,
    });
  });

  it('given a closed meeting, then it waits for the justerare who have not approved its latest revision', () => {
    const oneApproved = [...closedMeeting, justerad(people.substituteChair, employer)];
    expect(listing(oneApproved)).toMatchObject({
      status: 'closed',
      protocolStatus: 'awaiting justering',
      latestRevision: 1,
      awaitingJusteringBy: [people.ssrRep.personId],
    });
  });

  it('given a justerare who asked for changes, then it names them apart from those still to act', () => {
    const declined: MeetingEvent = {
      type: 'JusteringDeclined',
      data: { meetingId, revision: 1, justerare: people.ssrRep, party: ssr, comment: 'Rätta § 4', at: later },
    } as MeetingEvent;
    const listed = listing([...closedMeeting, declined]);
    expect(listed).toMatchObject({
      protocolStatus: 'change requested',
      justerare: [people.substituteChair.personId, people.ssrRep.personId],
      declinedBy: [people.ssrRep.personId],
    });
    expect(listed?.awaitingJusteringBy).toContain(people.ssrRep.personId);
  });

  it('given a justerat protocol, then it names the justerat and published revision and waits for nobody', () => {
    expect(listing(justeratMeeting)).toMatchObject({
      protocolStatus: 'justerat',
      justeratRevision: 1,
      publishedRevision: 1,
      awaitingJusteringBy: [],
    });
  });

  it('keeps no item text', () => {
    const text = JSON.stringify(listing(justeratMeeting));
    expect(text).not.toContain('Förvaltningen arbetar vidare');
    expect(text).not.toContain('enkäterna');
  });
});
