/** The demo's recording script: every request, by the person who would make it, with its Idempotency-Key. */
import { type DemoSession } from './demo-client.js';
import {
  DEMO_GROUP_NAME,
  DEMO_ORGANISATION,
  DEMO_PEOPLE,
  DEMO_UNIT,
  type DemoPerson,
  type DemoPersonKey,
  EMPLOYER,
  KOMMUNAL,
  SSR,
  UNION_ORGANISATIONS,
  VISION,
} from './demo-people.js';
import { seedAgenda, seedRecordings, TEMATRAFF_REASON } from './seed-002-texts.js';

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

export type Ids = Record<DemoPersonKey, string>;
export type As = (who: DemoPersonKey) => Promise<DemoSession>;

export const personOf = (key: DemoPersonKey): DemoPerson =>
  DEMO_PEOPLE.find((person) => person.key === key) as DemoPerson;

/** The demo accounts, created when missing (an existing one is used as it is). */

/** Every command of the demo, each by the person who would send it, in the order it happened. */
export async function record(as: As, ids: Ids, step: (name: string) => Promise<void>): Promise<void> {
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
