/**
 * A union representative enters their organisation's protokollsanteckning themselves (enteredBy),
 * which needs them at the meeting; the ordförande and sekreterare record one for any party.
 */
import { deciderSpecification } from '#libs/testing';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  attendees,
  command,
  justeratMeeting,
  kommunal,
  later,
  meetingId,
  people,
  prepared,
  running,
  vision,
} from './meeting.fixtures.js';

const spec = deciderSpecification(meetingDecider);

const text = 'Vision anser att bemanningen inte räcker för förändringen.';
const entered = (by = people.visionRep, party = vision): MeetingEvent => ({
  type: 'ProtokollsanteckningAdded',
  data: { meetingId, itemId: 'i-beslut', party, text, enteredBy: by, at: later },
});
const enter = (by = people.visionRep, party = vision) =>
  command('AddProtokollsanteckning', { itemId: 'i-beslut', party, text, enteredBy: by });

describe('meeting: a representative enters their own protokollsanteckning', () => {
  it('a representative recorded present enters it, and the event names who did', () => {
    spec.given(running).when(enter()).then([entered()]);
  });

  it('the same statement again by the representative records nothing', () => {
    spec
      .given([...running, entered()])
      .when(enter())
      .then([]);
  });

  it('a representative recorded absent is refused with MEETING.NOT_PRESENT', () => {
    spec.given(running).when(enter(people.kommunalRep, kommunal)).thenThrows('MEETING.NOT_PRESENT');
  });

  it('before attendance is recorded nobody is present: MEETING.NOT_PRESENT', () => {
    spec.given(prepared).when(enter()).thenThrows('MEETING.NOT_PRESENT');
  });

  it('a representative present for another party is refused with MEETING.NOT_PRESENT', () => {
    spec.given(running).when(enter(people.visionRep, kommunal)).thenThrows('MEETING.NOT_PRESENT');
  });

  it('a substitute recorded present enters the statement of the party they attend for', () => {
    const substitute = { personId: 'p-lisa', name: 'Lisa Ängström' };
    const withSubstitute: MeetingEvent = {
      type: 'AttendanceRecorded',
      data: {
        meetingId,
        attendees: [
          ...attendees,
          { person: substitute, party: kommunal, role: 'ersättare', presence: 'present', replaces: 'p-kent' },
        ],
        at: later,
      },
    };
    spec
      .given([...running, withSubstitute])
      .when(enter(substitute, kommunal))
      .then([entered(substitute, kommunal)]);
  });

  it('the protocol keeper records a statement for an absent party: no presence is asked', () => {
    spec
      .given(running)
      .when(command('AddProtokollsanteckning', { itemId: 'i-beslut', party: kommunal, text }))
      .then([
        {
          type: 'ProtokollsanteckningAdded',
          data: { meetingId, itemId: 'i-beslut', party: kommunal, text, at: later },
        },
      ]);
  });

  it('a representative on a justerat meeting is refused with MEETING.JUSTERAT', () => {
    spec.given(justeratMeeting).when(enter()).thenThrows('MEETING.JUSTERAT');
  });
});
