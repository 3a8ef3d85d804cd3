/** Reading the loaded demo back through the API, and the summary printed for it. */
import { type DemoSession } from './demo-client.js';
import { SEED_002 } from '#libs/seeds';
import {
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_TENANT,
  type DemoPersonKey,
  describeDemoPerson,
} from './demo-people.js';
import { newIdFor } from '#libs/shared-kernel';
import { type Ids, personOf, SCHEDULED_BY } from './demo-script.js';

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
  origin: 'deferred' | 'follow-up' | 'escalated' | 'answer';
  fromParagraph?: number;
  fromDate: string;
  /** Escalated: the group below that raised it; answer: the group above that answered. */
  fromGroupName?: string;
  /** Answer: what the group above answered. */
  answer?: string;
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
    /** 3/2019, scheduled with its agenda proposal, then held: it answers the APT's question. */
    next: DemoMeeting & { returning: ReturningItem[] };
    /** The APT's meeting of 8 April, called, with the FSG/VSG's answer on its agenda. */
    aptNext: DemoMeeting & { returning: ReturningItem[] };
  };
}

interface MeetingView {
  meetingId: string;
  status: string;
  protocolStatus: string;
  meetingDate: string;
  /** Given when the meeting closes. */
  protocolNumber?: { formatted: string };
  /** Every kallelse sent for it. */
  kallelser: unknown[];
  agenda: {
    title: string;
    kind: string;
    presenters?: { name: string }[];
    origin?: {
      kind: 'deferred' | 'follow-up' | 'escalated' | 'answer';
      fromParagraph?: number;
      fromDate: string;
      fromGroupName?: string;
      answer?: string;
      reason?: string;
      dueDate?: string;
    };
  }[];
}

interface LoadedDemo {
  groupId: string;
  meetings: { previous?: MeetingView; seed?: MeetingView; next?: MeetingView; aptNext?: MeetingView };
}
export type CompleteDemo = LoadedDemo & { meetings: Required<LoadedDemo['meetings']> };

/**
 * Calling the APT's April meeting is the last step: with its kallelse, everything before it is
 * there too (scheduling comes first, so a load that stopped between the two is not complete).
 */
export const isComplete = (demo: LoadedDemo | undefined): demo is CompleteDemo =>
  demo?.meetings.previous !== undefined &&
  demo.meetings.seed !== undefined &&
  demo.meetings.next?.status === 'closed' &&
  (demo.meetings.aptNext?.kallelser.length ?? 0) > 0;

/**
 * The demo as it stands, each meeting read by the person who scheduled it (a member of its group);
 * undefined when the group is not there.
 */
export async function readDemo(
  as: (who: DemoPersonKey) => Promise<DemoSession>,
): Promise<LoadedDemo | undefined> {
  const reader = await as('secretary');
  const groups = await reader.get<{ groupId: string; name: string }[]>('/api/groups');
  const group = groups.find((candidate) => candidate.name === SEED_002.group.name);
  if (group === undefined) return undefined;
  // A meeting not yet closed has no number to find it by; its id is the one its scheduling's
  // Idempotency-Key derived, by the person who scheduled it.
  const read = async (which: keyof typeof SCHEDULED_BY) => {
    const { who, key } = SCHEDULED_BY[which];
    const principal = { tenantId: DEMO_TENANT, email: personOf(who).email };
    const meetingId = newIdFor(
      { principal, idempotencyKey: key } as Parameters<typeof newIdFor>[0],
      'meeting',
    );
    return (await as(who)).get<MeetingView>(`/api/meetings/${meetingId}`).catch(() => undefined);
  };
  return {
    groupId: group.groupId,
    meetings: {
      previous: await read('previous'),
      seed: await read('seed'),
      next: await read('next'),
      aptNext: await read('aptNext'),
    },
  };
}

export function summaryOf(alreadyLoaded: boolean, ids: Ids, demo: CompleteDemo): DemoSummary {
  const meeting = (view: MeetingView): DemoMeeting => ({
    meetingId: view.meetingId,
    protocolNumber: view.protocolNumber?.formatted ?? '',
    date: view.meetingDate,
    status: view.status,
    protocolStatus: view.protocolStatus,
  });
  return {
    alreadyLoaded,
    tenant: DEMO_TENANT,
    password: DEMO_PASSWORD,
    organisation: SEED_002.organisation,
    group: { groupId: demo.groupId, name: SEED_002.group.name },
    logins: DEMO_PEOPLE.map((person) => ({
      name: person.name,
      email: person.email,
      role: describeDemoPerson(person),
      accountId: ids[person.key],
    })),
    meetings: {
      previous: meeting(demo.meetings.previous),
      seed: meeting(demo.meetings.seed),
      next: { ...meeting(demo.meetings.next), returning: returningOn(demo.meetings.next) },
      aptNext: { ...meeting(demo.meetings.aptNext), returning: returningOn(demo.meetings.aptNext) },
    },
  };
}

/** The items on a meeting's agenda that came back from elsewhere, with where from. */
function returningOn(view: MeetingView): ReturningItem[] {
  return view.agenda.flatMap(({ title, kind, presenters, origin }) =>
    origin === undefined
      ? []
      : [
          {
            title,
            kind,
            origin: origin.kind,
            fromParagraph: origin.fromParagraph,
            fromDate: origin.fromDate,
            fromGroupName: origin.fromGroupName,
            answer: origin.answer,
            reason: origin.reason,
            dueDate: origin.dueDate,
            presenter: presenters?.map(({ name }) => name).join(', ') || undefined,
          },
        ],
  );
}
