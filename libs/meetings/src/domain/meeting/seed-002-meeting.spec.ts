/**
 * Seed 002: the FSG/VSG meeting of a Socialförvaltning on 25 February 2019 ("Bilaga till protokoll
 * 2/2019"), recorded end to end through commands. People are invented; the texts are the seed's
 * (shortened where long) with å ä ö kept.
 */
import { type Decider, foldEvents } from '#libs/ddd';
import { proposeCarryOver } from '../carry-over/carry-over.js';
import { groupDecider } from '../group/group.decider.js';
import type { GroupCommand, GroupEvent } from '../group/index.js';
import { organisationDecider } from '../organisation/organisation.decider.js';
import type { OrganisationCommand, OrganisationEvent } from '../organisation/index.js';
import { describeParty, formatProtocolNumber, type Party, type PersonRef } from '../shared/index.js';
import type { MeetingCommand } from './commands.js';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import { actingInRole, isJusterat, meetingDate, openItems, recordsOf, substitutions } from './queries.js';
import {
  seedAgenda,
  seedRecordings,
  TEMATRAFF_REASON,
} from '../../../../../apps/worker/src/demo/seed-002-texts.js';

/** Decides a command against the stream so far and appends what it decided, like the store would. */
function run<C, E, S>(decider: Decider<C, E, S>, stream: E[], command: C): E[] {
  const events = decider.decide(command, foldEvents(decider, stream));
  stream.push(...events);
  return events;
}

const at = (time: string) => `2019-02-25T${time}:00Z`;
const employer: Party = { side: 'employer' };
const ssr: Party = { side: 'union', organisation: 'Akademikerförbundet SSR' };
const vision: Party = { side: 'union', organisation: 'Vision' };
const kommunal: Party = { side: 'union', organisation: 'Kommunal' };
const people = {
  chair: { personId: 'p-agneta', name: 'Agneta Östberg' },
  substitute: { personId: 'p-jenny', name: 'Jenny Gräslund' },
  secretary: { personId: 'p-sofia', name: 'Sofia Hägg' },
  ssr: { personId: 'p-cornelia', name: 'Cornelia Sjöström' },
  vision: { personId: 'p-marten', name: 'Mårten Åberg' },
  kommunal: { personId: 'p-kent', name: 'Kent Lööf' },
} satisfies Record<string, PersonRef>;

describe('seed 002: the FSG/VSG meeting of 25 February 2019, recorded through commands', () => {
  const organisation: OrganisationEvent[] = [];
  const group: GroupEvent[] = [];
  const meeting: MeetingEvent[] = [];
  const meetingId = 'm-fsg-2019-2';

  beforeAll(() => {
    const organisationId = 'org-exempelstad';
    const tenant = (command: OrganisationCommand) => run(organisationDecider, organisation, command);
    tenant({ type: 'CreateOrganisation', data: { organisationId, name: 'Exempelstad', at: at('06:00') } });
    tenant({
      type: 'AddUnit',
      data: { organisationId, unitId: 'u-soc', name: 'Socialförvaltningen', at: at('06:00') },
    });
    for (const name of ['Kommunal', 'Vision', 'Akademikerförbundet SSR']) {
      tenant({ type: 'AddUnionOrganisation', data: { organisationId, name, at: at('06:00') } });
    }
    const { unionOrganisations } = foldEvents(organisationDecider, organisation);

    const groupId = 'g-fsg-vsg-soc';
    const inGroup = (command: GroupCommand) => run(groupDecider, group, command);
    inGroup({
      type: 'CreateGroup',
      data: {
        groupId,
        organisationId,
        name: 'FSG/VSG Socialförvaltningen',
        levels: ['FSG', 'VSG'],
        unitId: 'u-soc',
        actsAsSkyddskommitte: true,
        at: at('06:00'),
      },
    });
    const members: [PersonRef, Party, 'ordförande' | 'sekreterare' | 'ledamot'][] = [
      [people.chair, employer, 'ordförande'],
      [people.substitute, employer, 'ledamot'],
      [people.secretary, employer, 'sekreterare'],
      [people.ssr, ssr, 'ledamot'],
      [people.vision, vision, 'ledamot'],
      [people.kommunal, kommunal, 'ledamot'],
    ];
    for (const [person, party, role] of members) {
      inGroup({
        type: 'JoinGroup',
        data: { groupId, person, party, role, joinedOn: '2019-01-01', unionOrganisations, at: at('06:00') },
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
    record(
      'ScheduleMeeting',
      {
        groupId,
        startsAt: at('07:30'),
        endsAt: at('10:00'),
        place: 'Stora sammanträdesrummet, Socialförvaltningen',
        protocolNumber,
        dnr: 'DNR:02/2019',
        unionOrganisations,
        carriedOver: proposeCarryOver({ followUps: [], meetingDate: '2019-02-25' }),
      },
      '06:10',
    );
    record('SetAgenda', { items: seedAgenda(employer, kommunal) }, '06:15');
    record('IssueKallelse', { recipients: Object.values(people) }, '06:20');
    record(
      'RecordAttendance',
      {
        attendees: [
          { person: people.chair, party: employer, role: 'ordförande', presence: 'absent' },
          {
            person: people.substitute,
            party: employer,
            role: 'ledamot',
            presence: 'present',
            replaces: people.chair.personId,
          },
          { person: people.secretary, party: employer, role: 'sekreterare', presence: 'present' },
          { person: people.ssr, party: ssr, role: 'ledamot', presence: 'present' },
          { person: people.vision, party: vision, role: 'ledamot', presence: 'present' },
          { person: people.kommunal, party: kommunal, role: 'ledamot', presence: 'absent' },
        ],
      },
      '07:30',
    );
    record(
      'AppointJusterare',
      {
        justerare: [
          { person: people.ssr, party: ssr },
          { person: people.substitute, party: employer },
        ],
      },
      '07:32',
    );
    for (const recording of seedRecordings(employer, ssr)) record(recording.type, recording.data, '08:00');
    record('DeferItem', { itemId: 'i-tematraff', reason: TEMATRAFF_REASON }, '09:30');
    record('CloseMeeting', {}, '09:55');
    const hash = 'sha256:9c1f…rev1';
    record(
      'JusteraProtocol',
      { justerarePersonId: people.ssr.personId, party: ssr, revision: 1, textHash: hash },
      '13:00',
    );
    record(
      'JusteraProtocol',
      { justerarePersonId: people.substitute.personId, party: employer, revision: 1, textHash: hash },
      '14:00',
    );
  });

  const state = () => foldEvents(meetingDecider, meeting);

  it('is "Bilaga till protokoll 2/2019", DNR:02/2019, on 25 February 2019 for the FSG/VSG', () => {
    const { protocolNumber, dnr, status } = state();
    expect(formatProtocolNumber(protocolNumber!)).toBe('2/2019');
    expect(dnr).toBe('DNR:02/2019');
    expect(meetingDate(state())).toBe('2019-02-25');
    expect(status).toBe('closed');
  });

  it('has the sections Information, Dialog and Beslut in agenda order', () => {
    const titlesOf = (kind: string) =>
      state()
        .agenda.filter((item) => item.kind === kind)
        .map((item) => item.title);
    expect(titlesOf('information')).toEqual([
      'Föregående mötesanteckningar',
      'Föredragningslistan Socialnämnden februari',
      'Nytt inom arbetsmiljö',
      'Uppdatering chefsrekryteringar',
    ]);
    expect(titlesOf('dialog')).toEqual([
      'Uppföljning av avslutningssamtalen',
      'Arbetsskador och tillbud',
      'Plan för attraktiv arbetsgivare',
      'Fackliga parter återkopplar kring förra tematräffen',
    ]);
    expect(titlesOf('beslut')).toEqual(['Webbenkät årlig uppföljning – samverkan']);
    expect(Object.values(state().paragraphs)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('keeps every text with å ä ö, and the parties’ views in the dialog', () => {
    const current = state();
    expect(recordsOf(current, 'i-foregaende').information?.text).toBe('Inget att anmärka.');
    expect(recordsOf(current, 'i-arbetsmiljo').information?.text).toContain('kränkande särbehandling');
    const views = recordsOf(current, 'i-avslut').dialog?.views ?? [];
    expect(views.map(({ party }) => describeParty(party))).toEqual([
      'Akademikerförbundet SSR',
      'arbetsgivaren',
      'Akademikerförbundet SSR',
    ]);
    expect(openItems(current)).toEqual([]);
  });

  it('defers the item because Kommunal does not attend, with the reason', () => {
    expect(recordsOf(state(), 'i-tematraff')).toMatchObject({ deferral: { reason: TEMATRAFF_REASON } });
    expect(TEMATRAFF_REASON).toBe(
      'Punkten flyttas till nästa FSG/VSG då Kommunal inte deltar vid detta möte.',
    );
  });

  it('records the decision in enighet', () => {
    const decision = recordsOf(state(), 'i-webbenkat').decision;
    expect(decision).toMatchObject({ outcome: 'enighet', disagreeing: [] });
    expect(decision?.text).toContain('I framtiden dokumenteras uppföljningsdatum');
  });

  it('has a substitute chair: "Agneta Östberg är frånvarande, Jenny Gräslund ersätter"', () => {
    const [substitution] = substitutions(state());
    expect(
      `${substitution!.absent.person.name} är frånvarande, ${substitution!.substitute.person.name} ersätter`,
    ).toBe('Agneta Östberg är frånvarande, Jenny Gräslund ersätter');
    expect(actingInRole(state(), 'ordförande')).toEqual([people.substitute]);
  });

  it('is justerat by one union justerare for Akademikerförbundet SSR and one for the employer', () => {
    const current = state();
    expect(isJusterat(current)).toBe(true);
    expect(current.justeringar).toEqual([{ revision: 1, textHash: 'sha256:9c1f…rev1', at: at('14:00') }]);
    const [union, forEmployer] = current.approvals;
    expect(
      `${union!.justerare.name} justerar protokollet för ${describeParty(union!.party)} och ${forEmployer!.justerare.name} för ${describeParty(forEmployer!.party)}.`,
    ).toBe(
      'Cornelia Sjöström justerar protokollet för Akademikerförbundet SSR och Jenny Gräslund för arbetsgivaren.',
    );
  });

  it('brings the deferred item back on the next kallelse, "från § 11, 2019-02-25"', () => {
    const [returning] = proposeCarryOver({
      previousMeeting: state(),
      followUps: [],
      meetingDate: '2019-03-25',
    });
    expect(returning).toMatchObject({
      title: 'Fackliga parter återkopplar kring förra tematräffen',
      proposer: kommunal,
      origin: {
        kind: 'deferred',
        fromMeetingId: meetingId,
        fromParagraph: 11,
        fromDate: '2019-02-25',
        reason: TEMATRAFF_REASON,
      },
    });
  });
});
