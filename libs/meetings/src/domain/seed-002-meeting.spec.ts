/**
 * Seed 002: the FSG/VSG meeting of a Socialförvaltning on 25 February 2019 ("Bilaga till protokoll
 * 2/2019"), recorded end to end through commands. People are invented; the texts are the seed's
 * (shortened where long) with å ä ö kept.
 */
import { groupDecider, organisationDecider } from '#domain/groups';
import type { GroupCommand, GroupEvent, OrganisationCommand, OrganisationEvent } from '#domain/groups';
import { describeParty, formatProtocolNumber } from '#domain/shared-kernel';
import { type Decider, foldEvents } from '#libs/ddd';
import { EMPLOYER, KOMMUNAL, SEED_002, seed002Attendance, seed002Justerare, SSR } from '#libs/seeds';
import type { AgendaItem } from './agenda-item.js';
import { proposeCarryOver } from './carry-over/carry-over.js';
import type { MeetingCommand } from './commands.js';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import { actingInRole, isJusterat, meetingDate, openItems, recordsOf, substitutions } from './queries.js';

/** Decides a command against the stream so far and appends what it decided, like the store would. */
function run<C, E, S>(decider: Decider<C, E, S>, stream: E[], command: C): E[] {
  const events = decider.decide(command, foldEvents(decider, stream));
  stream.push(...events);
  return events;
}

const at = (time: string) => `2019-02-25T${time}:00Z`;
/** The domain takes instants in UTC; the seed has the meeting's local time (+01:00). */
const utc = (instant: string) => new Date(instant).toISOString();
const COMMAND_OF = {
  information: 'RecordInformation',
  dialog: 'RecordDialog',
  decision: 'RecordDecision',
} as const;
const { people, meetings, deferral } = SEED_002;

describe('seed 002: the FSG/VSG meeting of 25 February 2019, recorded through commands', () => {
  const organisation: OrganisationEvent[] = [];
  const group: GroupEvent[] = [];
  const meeting: MeetingEvent[] = [];
  const meetingId = 'm-fsg-2019-2';

  beforeAll(() => {
    const organisationId = 'org-exempelstad';
    const tenant = (command: OrganisationCommand) => run(organisationDecider, organisation, command);
    tenant({
      type: 'CreateOrganisation',
      data: { organisationId, name: SEED_002.organisation, at: at('06:00') },
    });
    tenant({ type: 'AddUnit', data: { organisationId, ...SEED_002.unit, at: at('06:00') } });
    for (const name of SEED_002.unionOrganisations) {
      tenant({ type: 'AddUnionOrganisation', data: { organisationId, name, at: at('06:00') } });
    }
    const { unionOrganisations } = foldEvents(organisationDecider, organisation);

    const groupId = 'g-fsg-vsg-soc';
    const inGroup = (command: GroupCommand) => run(groupDecider, group, command);
    inGroup({
      type: 'CreateGroup',
      data: { groupId, organisationId, ...SEED_002.group, at: at('06:00') },
    });
    for (const { who, party, role } of SEED_002.members) {
      inGroup({
        type: 'JoinGroup',
        data: {
          groupId,
          person: people[who],
          party,
          role,
          joinedOn: SEED_002.joinedOn,
          unionOrganisations,
          at: at('06:00'),
        },
      });
    }
    inGroup({
      type: 'AllocateProtocolNumber',
      data: { groupId, meetingId: 'm-fsg-2019-1', year: 2019, at: at('06:00') },
    });
    inGroup({ type: 'AllocateProtocolNumber', data: { groupId, meetingId, year: 2019, at: at('06:00') } });
    const protocolNumber = foldEvents(groupDecider, group).protocolNumbers[meetingId]!;

    const record = (type: MeetingCommand['type'], data: object, time: string) =>
      run(meetingDecider, meeting, { type, data: { meetingId, at: at(time), ...data } } as MeetingCommand);
    const { startsAt, endsAt, place, dnr } = meetings.seed.schedule;
    record(
      'ScheduleMeeting',
      {
        groupId,
        startsAt: utc(startsAt),
        endsAt: utc(endsAt),
        place,
        protocolNumber,
        dnr,
        unionOrganisations,
        carriedOver: proposeCarryOver({ followUps: [], meetingDate: meetings.seed.date }),
      },
      '06:10',
    );
    record('SetAgenda', { items: SEED_002.agenda }, '06:15');
    record('IssueKallelse', { recipients: Object.values(people) }, '06:20');
    record('RecordAttendance', { attendees: seed002Attendance() }, '07:30');
    record('AppointJusterare', { justerare: seed002Justerare() }, '07:32');
    for (const { kind, ...data } of SEED_002.records) record(COMMAND_OF[kind], data, '08:00');
    record('DeferItem', deferral, '09:30');
    record('CloseMeeting', {}, '09:55');
    const hash = 'sha256:9c1f…rev1';
    record(
      'JusteraProtocol',
      {
        justerarePersonId: people.ssr.personId,
        party: SSR,
        revision: 1,
        textHash: hash,
        currentTextHash: hash,
      },
      '13:00',
    );
    record(
      'JusteraProtocol',
      {
        justerarePersonId: people.viceChair.personId,
        party: EMPLOYER,
        revision: 1,
        textHash: hash,
        currentTextHash: hash,
      },
      '14:00',
    );
  });

  const state = () => foldEvents(meetingDecider, meeting);

  it('is "Bilaga till protokoll 2/2019", DNR:02/2019, on 25 February 2019 for the FSG/VSG', () => {
    const { protocolNumber, dnr, status } = state();
    expect(formatProtocolNumber(protocolNumber!)).toBe(meetings.seed.protocolNumber);
    expect(meetings.seed.protocolNumber).toBe('2/2019');
    expect(dnr).toBe(meetings.seed.schedule.dnr);
    expect(meetingDate(state())).toBe(meetings.seed.date);
    expect(meetings.seed.date).toBe('2019-02-25');
    expect(status).toBe('closed');
  });

  it('has the sections Information, Dialog and Beslut in agenda order', () => {
    const shapeOf = ({ itemId, title, kind, proposer }: Omit<AgendaItem, 'kind'> & { kind: string }) => ({
      itemId,
      title,
      kind,
      proposer,
    });
    expect(state().agenda.map(shapeOf)).toEqual(SEED_002.agenda.map(shapeOf));
    expect(state().agenda.map((item) => item.kind)).toEqual([
      ...Array(4).fill('information'),
      ...Array(4).fill('dialog'),
      'beslut',
    ]);
    expect(Object.values(state().paragraphs)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('keeps every text with å ä ö, and the parties’ views in the dialog', () => {
    const current = state();
    for (const { kind, itemId, text } of SEED_002.records) {
      expect(recordsOf(current, itemId)[kind]?.text).toBe(text);
    }
    expect(recordsOf(current, 'i-arbetsmiljo').information?.text).toMatch(/[åäö]/);
    const views = recordsOf(current, 'i-avslut').dialog?.views ?? [];
    expect(views.map(({ party }) => describeParty(party))).toEqual([
      'Akademikerförbundet SSR',
      'arbetsgivaren',
      'Akademikerförbundet SSR',
    ]);
    expect(openItems(current)).toEqual([]);
  });

  it('defers the item because Kommunal does not attend, with the reason', () => {
    expect(recordsOf(state(), deferral.itemId)).toMatchObject({ deferral: { reason: deferral.reason } });
    // The seed's own wording, kept as the minnesanteckningar have it.
    expect(deferral.reason).toBe(
      'Punkten flyttas till nästa FSG/VSG då Kommunal inte deltar vid detta möte.',
    );
  });

  it('records the decision in enighet', () => {
    const decision = recordsOf(state(), 'i-webbenkat').decision;
    expect(decision).toMatchObject({ outcome: 'enighet', disagreeing: [] });
  });

  it('has a substitute chair: "Agneta Östberg är frånvarande, Jenny Gräslund ersätter"', () => {
    const [substitution] = substitutions(state());
    expect(
      `${substitution!.absent.person.name} är frånvarande, ${substitution!.substitute.person.name} ersätter`,
    ).toBe(`${people.chair.name} är frånvarande, ${people.viceChair.name} ersätter`);
    expect(actingInRole(state(), 'ordförande')).toEqual([people.viceChair]);
  });

  it('is justerat by one union justerare for Akademikerförbundet SSR and one for the employer', () => {
    const current = state();
    expect(isJusterat(current)).toBe(true);
    expect(current.justeringar).toEqual([{ revision: 1, textHash: 'sha256:9c1f…rev1', at: at('14:00') }]);
    const [union, forEmployer] = current.approvals;
    expect(
      `${union!.justerare.name} justerar protokollet för ${describeParty(union!.party)} och ${forEmployer!.justerare.name} för ${describeParty(forEmployer!.party)}.`,
    ).toBe(
      `${people.ssr.name} justerar protokollet för Akademikerförbundet SSR och ${people.viceChair.name} för arbetsgivaren.`,
    );
  });

  it('brings the deferred item back on the next kallelse, "från § 11, 2019-02-25"', () => {
    const [returning] = proposeCarryOver({
      previousMeeting: state(),
      followUps: [],
      meetingDate: meetings.next.date,
    });
    expect(returning).toMatchObject({
      title: SEED_002.agenda.find((item) => item.itemId === deferral.itemId)?.title,
      proposer: KOMMUNAL,
      origin: {
        kind: 'deferred',
        fromMeetingId: meetingId,
        fromParagraph: 11,
        fromDate: meetings.seed.date,
        reason: deferral.reason,
      },
    });
  });
});
