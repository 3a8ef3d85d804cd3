import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { AccountService } from '#libs/identity';
import { type DemoSession, DemoApi } from './demo-client.js';
import {
  DEMO_GROUP_NAME,
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_TENANT,
  DEMO_UNIT,
  type DemoPerson,
  type DemoPersonKey,
  describeDemoPerson,
  EMPLOYER,
  KOMMUNAL,
  SSR,
  UNION_ORGANISATIONS,
  VISION,
} from './demo-people.js';
import { seedAgenda, seedRecordings, TEMATRAFF_REASON } from './seed-002-texts.js';

export interface LoadDemoOptions {
  /** Called before each step (for progress; a test throws here to stop a load half-way). */
  onStep?: (step: string) => void | Promise<void>;
}

export interface DemoLogin {
  name: string;
  email: string;
  /** "admin", "hr" or the group role (with the union organisation). */
  role: string;
  accountId: string;
}

export interface DemoMeeting {
  meetingId: string;
  protocolNumber: string;
  date: string;
  status: string;
  protocolStatus: string;
}

/** An item on the next meeting's agenda proposal and where it came from. */
export interface ReturningItem {
  title: string;
  kind: string;
  origin: 'deferred' | 'follow-up';
  fromParagraph?: number;
  fromDate: string;
  reason?: string;
  dueDate?: string;
  presenter?: string;
}

export interface DemoSummary {
  alreadyLoaded: boolean;
  tenant: string;
  password: string;
  organisation: string;
  group: { groupId: string; name: string };
  logins: DemoLogin[];
  meetings: {
    /** 1/2019, only scheduled: the föregående möte, so that the seed meeting is protokoll 2/2019. */
    previous: DemoMeeting;
    /** 2/2019, seed 002. */
    seed: DemoMeeting;
    /** 3/2019, scheduled with its agenda proposal. */
    next: DemoMeeting & { returning: ReturningItem[] };
  };
}

/** Follow-up dates set on the dialog items of 25 February: the first two are due by 25 March. */
export const DEMO_FOLLOW_UPS = [
  {
    itemId: 'i-avslut',
    action:
      'Redovisa resultatet av testet med digitala avslutningsenkäter tillsammans med Arbetsmarknadsförvaltningen',
    responsible: 'secretary',
    dueDate: '2019-03-25',
  },
  {
    itemId: 'i-arbetsskador',
    action:
      'Återrapportera genomförda termutbildningar och HLR-utbildningar samt tillbud och arbetsskador i februari',
    responsible: 'viceChair',
    dueDate: '2019-03-18',
  },
  {
    itemId: 'i-attraktiv',
    action: 'Presentera arbetsgruppens förslag till treårsplan för kompetensförsörjning',
    responsible: 'chair',
    dueDate: '2019-05-27',
  },
] as const satisfies readonly {
  itemId: string;
  action: string;
  responsible: DemoPersonKey;
  dueDate: string;
}[];

const PLACE = 'Stora sammanträdesrummet, Socialförvaltningen';
const meetingOn = (date: string, dnr: string) => ({
  startsAt: `${date}T08:30:00+01:00`,
  endsAt: `${date}T11:00:00+01:00`,
  place: PLACE,
  dnr,
});
const PREVIOUS_MEETING = meetingOn('2019-01-28', 'DNR:01/2019');
const SEED_MEETING = meetingOn('2019-02-25', 'DNR:02/2019');
const NEXT_MEETING = meetingOn('2019-03-25', 'DNR:03/2019');

const PATH_OF = {
  RecordInformation: 'information',
  RecordDialog: 'dialog',
  RecordDecision: 'decision',
} as const;
/** Idempotency-Keys: visible ASCII, unique per request within the tenant. */
const key = (step: string) => `demo-002:${step}`;

/**
 * Loads the demo organisation through the HTTP API, as its people would: seed 002 (the FSG/VSG of
 * Socialförvaltningen on 25 February 2019, "Bilaga till protokoll 2/2019") recorded, closed and
 * justerat, then the next meeting (25 March 2019) scheduled, whose agenda proposal brings back the
 * deferred item and the follow-ups due by then.
 *
 * Idempotent: when the demo is already there it only reads it back (`alreadyLoaded`). Every
 * command carries an Idempotency-Key derived from its step, so a load that stopped half-way is
 * completed by running it again, and the ids it creates (group, meetings, follow-ups) are derived
 * from the tenant and those keys.
 */
export async function loadDemo(app: INestApplication, options: LoadDemoOptions = {}): Promise<DemoSummary> {
  const step = async (name: string) => options.onStep?.(name);
  const api = new DemoApi(baseUrlOf(app));
  await step('accounts');
  const { ids, allExisted } = await ensureAccounts(app.get(AccountService));
  const sessions = new Map<DemoPersonKey, DemoSession>();
  const as = async (who: DemoPersonKey): Promise<DemoSession> => {
    let session = sessions.get(who);
    if (session === undefined) {
      session = await api.login(DEMO_TENANT, personOf(who).email, DEMO_PASSWORD);
      sessions.set(who, session);
    }
    return session;
  };
  try {
    // Every account there already: the demo may be loaded, or a load may have stopped half-way.
    const found = allExisted ? await readDemo(await as('secretary')) : undefined;
    if (isComplete(found)) return summaryOf(true, ids, found);
    await record(as, ids, step);
    const loaded = await readDemo(await as('secretary'));
    if (!isComplete(loaded))
      throw new Error('the demo was recorded but its three meetings cannot be read back');
    return summaryOf(false, ids, loaded);
  } finally {
    await Promise.all([...sessions.values()].map((session) => session.logout()));
  }
}

type Ids = Record<DemoPersonKey, string>;
type As = (who: DemoPersonKey) => Promise<DemoSession>;

const personOf = (key: DemoPersonKey): DemoPerson =>
  DEMO_PEOPLE.find((person) => person.key === key) as DemoPerson;

/** The demo accounts, created when missing (an existing one is used as it is). */
async function ensureAccounts(accounts: AccountService): Promise<{ ids: Ids; allExisted: boolean }> {
  const ids = {} as Ids;
  let allExisted = true;
  for (const person of DEMO_PEOPLE) {
    const existing = await accounts.findByEmail(DEMO_TENANT, person.email);
    if (existing === undefined) allExisted = false;
    const account =
      existing ??
      (await accounts.create({
        tenantId: DEMO_TENANT,
        email: person.email,
        displayName: person.name,
        password: DEMO_PASSWORD,
        roles: person.roles,
      }));
    ids[person.key] = account.id;
  }
  return { ids, allExisted };
}

/** Every command of the demo, each by the person who would send it, in the order it happened. */
async function record(as: As, ids: Ids, step: (name: string) => Promise<void>): Promise<void> {
  const person = (who: DemoPersonKey) => ({ personId: ids[who], name: personOf(who).name });
  const members = DEMO_PEOPLE.filter((entry) => entry.member !== undefined);

  // The administrator sets up the organisation and the group.
  const admin = await as('admin');
  await step('organisation');
  await admin.post('/api/organisation', key('organisation'), { name: DEMO_ORGANISATION });
  await admin.post('/api/organisation/units', key('unit'), DEMO_UNIT);
  for (const [index, name] of UNION_ORGANISATIONS.entries()) {
    await admin.post('/api/organisation/union-organisations', key(`union-${index}`), { name });
  }
  await step('group');
  const { groupId } = await admin.post<{ groupId: string }>('/api/groups', key('group'), {
    name: DEMO_GROUP_NAME,
    levels: ['FSG', 'VSG'],
    unitId: DEMO_UNIT.unitId,
    actsAsSkyddskommitte: true,
  });
  for (const member of members) {
    await admin.post(`/api/groups/${groupId}/members`, key(`member-${member.key}`), {
      person: person(member.key),
      party: member.member?.party,
      role: member.member?.role,
      joinedOn: '2019-01-01',
    });
  }

  // The ordförande schedules January and February and sets February's agenda; the sekreterare
  // sends the kallelse.
  const chair = await as('chair');
  await step('schedule 1/2019');
  await chair.post(`/api/groups/${groupId}/meetings`, key('schedule-2019-01'), PREVIOUS_MEETING);
  await step('schedule 2/2019');
  const { meetingId } = await chair.post<{ meetingId: string }>(
    `/api/groups/${groupId}/meetings`,
    key('schedule-2019-02'),
    SEED_MEETING,
  );
  const meeting = `/api/meetings/${meetingId}`;
  await chair.put(`${meeting}/agenda`, key('agenda-2019-02'), { items: seedAgenda(EMPLOYER, KOMMUNAL) });
  const secretary = await as('secretary');
  await step('kallelse 2/2019');
  await secretary.post(`${meeting}/kallelse`, key('kallelse-2019-02'), {
    recipients: members.map((member) => person(member.key)),
  });

  // 25 February: the ordförande and Kommunal are absent; the vice ordförande stands in and chairs,
  // the sekreterare keeps the närvarolista and the minutes.
  const viceChair = await as('viceChair');
  await step('attendance 2/2019');
  await secretary.put(`${meeting}/attendance`, key('attendance-2019-02'), {
    attendees: [
      { person: person('chair'), party: EMPLOYER, role: 'ordförande', presence: 'absent' },
      {
        person: person('viceChair'),
        party: EMPLOYER,
        role: 'vice ordförande',
        presence: 'present',
        replaces: ids.chair,
      },
      { person: person('secretary'), party: EMPLOYER, role: 'sekreterare', presence: 'present' },
      { person: person('ssr'), party: SSR, role: 'ledamot', presence: 'present' },
      { person: person('vision'), party: VISION, role: 'ledamot', presence: 'present' },
      { person: person('kommunal'), party: KOMMUNAL, role: 'ledamot', presence: 'absent' },
    ],
  });
  await viceChair.put(`${meeting}/justerare`, key('justerare-2019-02'), {
    justerare: [
      { person: person('ssr'), party: SSR },
      { person: person('viceChair'), party: EMPLOYER },
    ],
  });
  for (const [index, { type, data }] of seedRecordings(EMPLOYER, SSR).entries()) {
    const { itemId, ...body } = data;
    await step(`record ${itemId}`);
    const item = `${meeting}/items/${encodeURIComponent(itemId)}`;
    await secretary.put(`${item}/${PATH_OF[type]}`, key(`record-2019-02-${index}`), body);
    for (const [n, followUp] of DEMO_FOLLOW_UPS.entries()) {
      if (followUp.itemId !== itemId) continue;
      await step(`follow-up ${itemId}`);
      await secretary.post(`${item}/follow-ups`, key(`follow-up-2019-02-${n}`), {
        action: followUp.action,
        responsible: person(followUp.responsible),
        dueDate: followUp.dueDate,
      });
    }
  }
  await step('defer i-tematraff');
  await viceChair.put(`${meeting}/items/i-tematraff/deferral`, key('deferral-2019-02'), {
    reason: TEMATRAFF_REASON,
  });
  await step('close 2/2019');
  await viceChair.post(`${meeting}/close`, key('close-2019-02'));

  // Justering: Akademikerförbundet SSR's justerare, then the employer's, on the text they read.
  for (const who of ['ssr', 'viceChair'] as const) {
    await step(`justera ${who}`);
    const justerare = await as(who);
    const { protocol } = await justerare.get<{ protocol: { revision: number; textHash: string } }>(meeting);
    await justerare.post(`${meeting}/protocol/justeringar`, key(`justera-2019-02-${who}`), protocol);
  }

  // The sekreterare schedules March: the deferred item and the due follow-ups come back.
  await step('schedule 3/2019');
  await secretary.post(`/api/groups/${groupId}/meetings`, key('schedule-2019-03'), NEXT_MEETING);
}

interface MeetingView {
  meetingId: string;
  status: string;
  protocolStatus: string;
  meetingDate: string;
  protocolNumber: { formatted: string };
  agenda: {
    title: string;
    kind: string;
    presenter?: { name: string };
    origin?: {
      kind: 'deferred' | 'follow-up';
      fromParagraph?: number;
      fromDate: string;
      reason?: string;
      dueDate?: string;
    };
  }[];
}

interface LoadedDemo {
  groupId: string;
  meetings: { previous?: MeetingView; seed?: MeetingView; next?: MeetingView };
}
type CompleteDemo = LoadedDemo & { meetings: Required<LoadedDemo['meetings']> };

/** Scheduling March is the last step: with it, everything before it is there too. */
const isComplete = (demo: LoadedDemo | undefined): demo is CompleteDemo =>
  demo?.meetings.previous !== undefined &&
  demo.meetings.seed !== undefined &&
  demo.meetings.next !== undefined;

/** The demo as it stands, read by a member of the group; undefined when the group is not there. */
async function readDemo(reader: DemoSession): Promise<LoadedDemo | undefined> {
  const groups = await reader.get<{ groupId: string; name: string }[]>('/api/groups');
  const group = groups.find((candidate) => candidate.name === DEMO_GROUP_NAME);
  if (group === undefined) return undefined;
  const { meetings } = await reader.get<{
    meetings: { meetingId: string; protocolNumber: { formatted: string } }[];
  }>(`/api/groups/${group.groupId}`);
  const read = async (formatted: string) => {
    const found = meetings.find((meeting) => meeting.protocolNumber.formatted === formatted);
    return found && reader.get<MeetingView>(`/api/meetings/${found.meetingId}`);
  };
  return {
    groupId: group.groupId,
    meetings: { previous: await read('1/2019'), seed: await read('2/2019'), next: await read('3/2019') },
  };
}

function summaryOf(alreadyLoaded: boolean, ids: Ids, demo: CompleteDemo): DemoSummary {
  const meeting = (view: MeetingView): DemoMeeting => ({
    meetingId: view.meetingId,
    protocolNumber: view.protocolNumber.formatted,
    date: view.meetingDate,
    status: view.status,
    protocolStatus: view.protocolStatus,
  });
  return {
    alreadyLoaded,
    tenant: DEMO_TENANT,
    password: DEMO_PASSWORD,
    organisation: DEMO_ORGANISATION,
    group: { groupId: demo.groupId, name: DEMO_GROUP_NAME },
    logins: DEMO_PEOPLE.map((person) => ({
      name: person.name,
      email: person.email,
      role: describeDemoPerson(person),
      accountId: ids[person.key],
    })),
    meetings: {
      previous: meeting(demo.meetings.previous),
      seed: meeting(demo.meetings.seed),
      next: {
        ...meeting(demo.meetings.next),
        returning: demo.meetings.next.agenda.flatMap(({ title, kind, presenter, origin }) =>
          origin === undefined
            ? []
            : [
                {
                  title,
                  kind,
                  origin: origin.kind,
                  fromParagraph: origin.fromParagraph,
                  fromDate: origin.fromDate,
                  reason: origin.reason,
                  dueDate: origin.dueDate,
                  presenter: presenter?.name,
                },
              ],
        ),
      },
    },
  };
}

/** Where the app listens (createDemoApp listens on 127.0.0.1, on a port of its own). */
export function baseUrlOf(app: INestApplication): string {
  const address = (app.getHttpServer() as { address(): AddressInfo | string | null }).address();
  if (address === null || typeof address === 'string') {
    throw new Error('the demo loader needs an app listening on a TCP port (createDemoApp does that)');
  }
  const host = ['0.0.0.0', '::'].includes(address.address)
    ? '127.0.0.1'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  return `http://${host}:${address.port}`;
}
