import { foldEvents } from '#libs/ddd';
import { deciderSpecification } from '#libs/testing';
import type { AgendaItem } from './agenda-item.js';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  agenda,
  attendanceRecorded,
  attendees,
  command,
  employer,
  item,
  later,
  meetingId,
  people,
  prepared,
  scheduled,
  ssr,
  unionOrganisations,
  vision,
} from './meeting.fixtures.js';
import type { AttendanceEntry, Justerare } from './participants.js';
import { actingInRole, substitutions } from './queries.js';

/** Issue 10, point 4: people as meetings have them. */
const spec = deciderSpecification(meetingDecider);

const annaBerg = { name: 'Anna Berg', title: 'HR-specialist' };
const withPresenters = (presenters: AgendaItem['presenters']): AgendaItem => ({
  ...item('i-info', 'Nytt inom arbetsmiljö', 'information'),
  presenters,
});
const setAgenda = (items: AgendaItem[], knownPresenters?: string[]) =>
  command('SetAgenda', { items, ...(knownPresenters ? { knownPresenters } : {}) });
const agendaAmended = (items: AgendaItem[]): MeetingEvent => ({
  type: 'AgendaAmended',
  data: { meetingId, version: 2, items, at: later },
});

describe('meeting: several presenters per item, with or without an account', () => {
  it('an item keeps two presenters in order, one by account and one by name and title alone', () => {
    const items = [withPresenters([people.secretary, annaBerg]), ...agenda.slice(1)];
    spec
      .given(prepared)
      .when(setAgenda(items, ['p-sofia']))
      .then([agendaAmended(items)]);
  });

  it('a presenter named by an account the organisation does not have is refused with MEETING.UNKNOWN_PRESENTER', () => {
    spec
      .given(prepared)
      .when(setAgenda([withPresenters([{ personId: 'p-ingen', name: 'Ingen Alls' }])], ['p-sofia']))
      .thenThrows('MEETING.UNKNOWN_PRESENTER');
  });

  it('a presenter without a name is refused with VALIDATION.TEXT_REQUIRED', () => {
    spec
      .given(prepared)
      .when(setAgenda([withPresenters([{ name: '  ', title: 'HR-specialist' }])], []))
      .thenThrows('VALIDATION.TEXT_REQUIRED');
  });

  it('the same presenter twice on one item is refused with VALIDATION.INVALID_VALUE', () => {
    spec
      .given(prepared)
      .when(setAgenda([withPresenters([annaBerg, { name: 'anna berg' }])], []))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });

  it('the lone presenter of an item recorded before several were kept folds into presenters', () => {
    // An AgendaSet as stored before: `presenter`, not `presenters`.
    const legacy = { ...item('i-info', 'Nytt inom arbetsmiljö', 'information'), presenter: people.secretary };
    const stored: MeetingEvent = {
      type: 'AgendaSet',
      data: { meetingId, version: 1, items: [legacy], at: later },
    };
    const state = foldEvents(meetingDecider, [scheduled, stored]);
    expect(state.agenda[0]).toEqual({
      ...item('i-info', 'Nytt inom arbetsmiljö', 'information'),
      presenters: [people.secretary],
    });
    // The same agenda sent in today's shape is no change.
    spec
      .given([scheduled, stored])
      .when(setAgenda([withPresenters([people.secretary])], ['p-sofia']))
      .then([]);
  });

  it('a lone presenter sent in the old shape is recorded as presenters', () => {
    const old = { ...item('i-info', 'Nytt inom arbetsmiljö', 'information'), presenter: people.secretary };
    spec
      .given(prepared)
      .when(setAgenda([old], ['p-sofia']))
      .then([agendaAmended([withPresenters([people.secretary])])]);
  });

  it('a union proposal and an övrig fråga take presenters without an account too', () => {
    spec
      .given(prepared)
      .when(
        command('AddOvrigFraga', {
          item: { itemId: 'i-ovrig', title: 'Parkeringen', proposer: vision, presenters: [annaBerg] },
          knownPresenters: [],
        }),
      )
      .then([
        {
          type: 'OvrigFragaAdded',
          data: {
            meetingId,
            version: 2,
            item: {
              itemId: 'i-ovrig',
              title: 'Parkeringen',
              kind: 'övrig fråga',
              proposer: vision,
              presenters: [annaBerg],
            },
            at: later,
          },
        },
      ]);
    spec
      .given(prepared)
      .when(
        command('ProposeAgendaItem', {
          item: {
            itemId: 'i-p',
            title: 'Schemat',
            kind: 'dialog',
            proposer: vision,
            presenters: [people.ssrRep],
          },
          proposedBy: people.visionRep,
          knownPresenters: [],
        }),
      )
      .thenThrows('MEETING.UNKNOWN_PRESENTER');
  });
});

describe('meeting: adjungerade without an account, with their title', () => {
  const guest: AttendanceEntry = {
    person: { name: 'Anna Berg' },
    title: 'HR-specialist',
    party: employer,
    role: 'adjungerad',
    presence: 'present',
  };
  const record = (entries: AttendanceEntry[]) => command('RecordAttendance', { attendees: entries });

  it('an adjungerad attends by name and title alone, and acts in no role', () => {
    spec
      .given(prepared)
      .when(record([...attendees, guest]))
      .then([
        { type: 'AttendanceRecorded', data: { meetingId, attendees: [...attendees, guest], at: later } },
      ]);
    const state = foldEvents(meetingDecider, [
      ...prepared,
      { type: 'AttendanceRecorded', data: { meetingId, attendees: [...attendees, guest], at: later } },
    ]);
    // The guest has no personId: they replace nobody and nobody replaces them.
    expect(substitutions(state)).toHaveLength(1);
    expect(actingInRole(state, 'ordförande')).toEqual([people.substituteChair]);
  });

  it('a member without an account is refused with MEETING.ACCOUNT_REQUIRED', () => {
    spec
      .given(prepared)
      .when(record([...attendees, { ...guest, role: 'ledamot' }]))
      .thenThrows('MEETING.ACCOUNT_REQUIRED');
  });

  it('the same guest twice is refused with MEETING.DUPLICATE_ATTENDEE', () => {
    spec
      .given(prepared)
      .when(record([...attendees, guest, { ...guest, title: undefined, person: { name: 'anna berg' } }]))
      .thenThrows('MEETING.DUPLICATE_ATTENDEE');
  });

  it('a member may carry a title too', () => {
    const titled = attendees.map((entry) =>
      entry.person.personId === 'p-sofia' ? { ...entry, title: 'HR-strateg' } : entry,
    );
    spec
      .given(prepared)
      .when(record(titled))
      .then([{ type: 'AttendanceRecorded', data: { meetingId, attendees: titled, at: later } }]);
  });
});

describe('meeting: a justerare for a federation ("för TCO"), where the group says so', () => {
  const federal: MeetingEvent = {
    type: 'MeetingScheduled',
    data: {
      ...(scheduled.data as Extract<MeetingEvent, { type: 'MeetingScheduled' }>['data']),
      federations: { Vision: 'TCO', 'Akademikerförbundet SSR': 'Saco', Kommunal: 'LO' },
      rules: { formalParties: true, justering: 'parties', justeringByFederation: true },
    },
  };
  const agendaSet = prepared[1] as MeetingEvent;
  const appoint = (list: Justerare[]) => command('AppointJusterare', { justerare: list });
  const forTco: Justerare[] = [
    { person: people.substituteChair, party: employer },
    { person: people.visionRep, party: vision, federation: 'TCO' },
  ];

  it('a Vision representative justerar for TCO', () => {
    spec
      .given([federal, agendaSet, attendanceRecorded])
      .when(appoint(forTco))
      .then([{ type: 'JusterareAppointed', data: { meetingId, justerare: forTco, at: later } }]);
  });

  it('without the group’s setting it is refused with MEETING.FEDERATION_JUSTERING_OFF', () => {
    spec
      .given([...prepared, attendanceRecorded])
      .when(appoint(forTco))
      .thenThrows('MEETING.FEDERATION_JUSTERING_OFF');
  });

  it('for another federation than their organisation’s it is refused with MEETING.NOT_IN_FEDERATION', () => {
    spec
      .given([federal, agendaSet, attendanceRecorded])
      .when(appoint([forTco[0]!, { person: people.ssrRep, party: ssr, federation: 'TCO' }]))
      .thenThrows('MEETING.NOT_IN_FEDERATION');
  });

  it('the employer’s justerare cannot justera for a federation: MEETING.NOT_IN_FEDERATION', () => {
    spec
      .given([federal, agendaSet, attendanceRecorded])
      .when(appoint([{ ...forTco[0]!, federation: 'TCO' }, forTco[1]!]))
      .thenThrows('MEETING.NOT_IN_FEDERATION');
  });

  it('a federation that does not exist is refused with VALIDATION.UNKNOWN_FEDERATION', () => {
    spec
      .given([federal, agendaSet, attendanceRecorded])
      .when(appoint([forTco[0]!, { ...forTco[1]!, federation: 'SACO-S' as never }]))
      .thenThrows('VALIDATION.UNKNOWN_FEDERATION');
  });

  it('scheduling keeps the federations of the meeting’s own unions, and the group’s setting', () => {
    const {
      at: _at,
      meetingId: _id,
      ...plan
    } = scheduled.data as Extract<MeetingEvent, { type: 'MeetingScheduled' }>['data'];
    spec
      .given([])
      .when(
        command(
          'ScheduleMeeting',
          {
            ...plan,
            unionOrganisations,
            federations: { Vision: 'TCO', Ledarna: 'Saco' },
            rules: { formalParties: true, justering: 'parties', justeringByFederation: true },
          },
          scheduled.data.at,
        ),
      )
      .then([
        {
          ...scheduled,
          data: {
            ...scheduled.data,
            federations: { Vision: 'TCO' },
            rules: { formalParties: true, justering: 'parties', justeringByFederation: true },
          },
        } as MeetingEvent,
      ]);
  });

  it('scheduling without federations or the setting records the meeting as before', () => {
    const {
      at: _at,
      meetingId: _id,
      ...plan
    } = scheduled.data as Extract<MeetingEvent, { type: 'MeetingScheduled' }>['data'];
    spec
      .given([])
      .when(
        command(
          'ScheduleMeeting',
          {
            ...plan,
            federations: {},
            rules: { formalParties: true, justering: 'parties', justeringByFederation: false },
          },
          scheduled.data.at,
        ),
      )
      .then([scheduled]);
  });
});
