/** Shared givens for the meeting specs: an invented FSG/VSG with Swedish names (å ä ö on purpose). */
import type { Party, PersonRef } from '#domain/shared-kernel';
import type { AgendaItem } from './agenda-item.js';
import type { MeetingCommand } from './commands.js';
import type { MeetingEvent } from './events.js';
import type { AttendanceEntry, Justerare } from './participants.js';

export const meetingId = 'm-2019-2';
export const startsAt = '2019-02-25T08:00:00Z';
export const at = '2019-02-25T08:05:00Z';
export const later = '2019-02-25T11:00:00Z';
export const unionOrganisations = ['Kommunal', 'Vision', 'Akademikerförbundet SSR'];

export const employer: Party = { side: 'employer' };
export const ssr: Party = { side: 'union', organisation: 'Akademikerförbundet SSR' };
export const vision: Party = { side: 'union', organisation: 'Vision' };
export const kommunal: Party = { side: 'union', organisation: 'Kommunal' };

export const people = {
  chair: { personId: 'p-agneta', name: 'Agneta Östberg' },
  substituteChair: { personId: 'p-jenny', name: 'Jenny Gräslund' },
  secretary: { personId: 'p-sofia', name: 'Sofia Hägg' },
  ssrRep: { personId: 'p-cornelia', name: 'Cornelia Sjöström' },
  visionRep: { personId: 'p-marten', name: 'Mårten Åberg' },
  kommunalRep: { personId: 'p-kent', name: 'Kent Lööf' },
} satisfies Record<string, PersonRef>;

export const item = (
  itemId: string,
  title: string,
  kind: AgendaItem['kind'],
  proposer: Party = employer,
): AgendaItem => ({
  itemId,
  title,
  kind,
  proposer,
});

export const agenda: AgendaItem[] = [
  item('i-info', 'Nytt inom arbetsmiljö', 'information'),
  item('i-dialog', 'Uppföljning av avslutningssamtalen', 'dialog'),
  item('i-beslut', 'Webbenkät årlig uppföljning – samverkan', 'beslut'),
];

export const scheduled: MeetingEvent = {
  type: 'MeetingScheduled',
  data: {
    meetingId,
    groupId: 'group-fsg-vsg',
    startsAt,
    endsAt: '2019-02-25T10:00:00Z',
    place: 'Sammanträdesrum Öresund',
    protocolNumber: { number: 2, year: 2019 },
    dnr: 'DNR:02/2019',
    unionOrganisations,
    carriedOver: [],
    at: '2019-02-01T09:00:00Z',
  },
};

export const agendaSet: MeetingEvent = {
  type: 'AgendaSet',
  data: { meetingId, version: 1, items: agenda, at },
};

export const attendees: AttendanceEntry[] = [
  { person: people.chair, party: employer, role: 'ordförande', presence: 'absent' },
  {
    person: people.substituteChair,
    party: employer,
    role: 'ledamot',
    presence: 'present',
    replaces: 'p-agneta',
  },
  { person: people.secretary, party: employer, role: 'sekreterare', presence: 'present' },
  { person: people.ssrRep, party: ssr, role: 'ledamot', presence: 'present' },
  { person: people.visionRep, party: vision, role: 'ledamot', presence: 'present' },
  { person: people.kommunalRep, party: kommunal, role: 'ledamot', presence: 'absent' },
];
export const attendanceRecorded: MeetingEvent = {
  type: 'AttendanceRecorded',
  data: { meetingId, attendees, at },
};

export const justerare: Justerare[] = [
  { person: people.substituteChair, party: employer },
  { person: people.ssrRep, party: ssr },
];
export const justerareAppointed: MeetingEvent = {
  type: 'JusterareAppointed',
  data: { meetingId, justerare, at },
};

export const informationRecorded: MeetingEvent = {
  type: 'InformationRecorded',
  data: { meetingId, itemId: 'i-info', text: 'Förvaltningen arbetar vidare med APT.', comments: [], at },
};
export const dialogRecorded: MeetingEvent = {
  type: 'DialogRecorded',
  data: { meetingId, itemId: 'i-dialog', text: 'Samtliga parter ser positivt på enkäterna.', views: [], at },
};
export const decisionRecorded: MeetingEvent = {
  type: 'DecisionRecorded',
  data: {
    meetingId,
    itemId: 'i-beslut',
    text: 'Uppföljningsdatum dokumenteras i anteckningarna och i kallelsen.',
    outcome: 'enighet',
    disagreeing: [],
    protokollsanteckningar: [],
    at,
  },
};
export const closed: MeetingEvent = {
  type: 'MeetingClosed',
  data: {
    meetingId,
    paragraphs: [
      { itemId: 'i-info', paragraph: 4 },
      { itemId: 'i-dialog', paragraph: 5 },
      { itemId: 'i-beslut', paragraph: 6 },
    ],
    revision: 1,
    at: later,
  },
};

/** Scheduled with an agenda: ready for kallelse and attendance. */
export const prepared: MeetingEvent[] = [scheduled, agendaSet];
/** Attendance and justerare recorded: the meeting is running. */
export const running: MeetingEvent[] = [...prepared, attendanceRecorded, justerareAppointed];
/** Every item handled. */
export const handled: MeetingEvent[] = [...running, informationRecorded, dialogRecorded, decisionRecorded];
/** Closed with protocol revision 1. */
export const closedMeeting: MeetingEvent[] = [...handled, closed];

export const justerad = (
  person: PersonRef,
  party: Party,
  revision = 1,
  textHash = 'sha256:rev1',
): MeetingEvent => ({
  type: 'JusteringApproved',
  data: { meetingId, revision, justerare: person, party, textHash, at: later },
});
export const justerat = (revision = 1, textHash = 'sha256:rev1'): MeetingEvent => ({
  type: 'ProtocolJusterat',
  data: { meetingId, revision, textHash, at: later },
});
/** Justerat by both appointed justerare. */
export const justeratMeeting: MeetingEvent[] = [
  ...closedMeeting,
  justerad(people.substituteChair, employer),
  justerad(people.ssrRep, ssr),
  justerat(),
];

/** Builds a command with meetingId and `at` filled in. */
export const command = <T extends MeetingCommand['type']>(
  type: T,
  data: Omit<Extract<MeetingCommand, { type: T }>['data'], 'meetingId' | 'at'>,
  when: string = later,
): MeetingCommand => ({ type, data: { meetingId, at: when, ...data } }) as MeetingCommand;
