/** The demo's recording script: every request, by the person who would make it, with its Idempotency-Key. */
import { SEED_002, seed002Attendance, seed002Justerare } from '#libs/seeds';
import { type As, recordApt } from './demo-apt.js';
import { key } from './demo-keys.js';
import { APT_APRIL_SCHEDULED_BY, callAptApril, holdMarch } from './demo-march.js';
import { DEMO_PEOPLE, type DemoPerson, type DemoPersonKey } from './demo-people.js';

/** Who schedules each demo meeting, and with which Idempotency-Key (its id is derived from both). */
export const SCHEDULED_BY = {
  previous: { who: 'chair', key: key('schedule-2019-01') },
  seed: { who: 'chair', key: key('schedule-2019-02') },
  next: { who: 'secretary', key: key('schedule-2019-03') },
  /** The APT's meeting of 8 April, on whose kallelse the FSG/VSG's answer comes back. */
  aptNext: APT_APRIL_SCHEDULED_BY,
} as const satisfies Record<string, { who: DemoPersonKey; key: string }>;

export type Ids = Record<DemoPersonKey, string>;

export const personOf = (key: DemoPersonKey): DemoPerson =>
  DEMO_PEOPLE.find((person) => person.key === key) as DemoPerson;

/** Every command of the demo, each by the person who would send it, in the order it happened. */
export async function record(
  as: As,
  ids: Ids,
  step: (name: string) => Promise<void>,
  /** Brings the carry-over read model up to the log (the demo app runs without the worker). */
  catchUpCarryOver: () => Promise<void>,
): Promise<void> {
  const person = (who: DemoPersonKey) => ({ personId: ids[who], name: personOf(who).name });
  const { meetings } = SEED_002;

  // The administrator sets up the organisation and the group.
  const admin = await as('admin');
  await step('organisation');
  await admin.post('/api/organisation', key('organisation'), { name: SEED_002.organisation });
  await admin.post('/api/organisation/units', key('unit'), SEED_002.unit);
  for (const [index, name] of SEED_002.unionOrganisations.entries()) {
    await admin.post('/api/organisation/union-organisations', key(`union-${index}`), { name });
  }
  await step('group');
  const { groupId } = await admin.post<{ groupId: string }>('/api/groups', key('group'), SEED_002.group);
  // Seed 002 is the group's second protocol of 2019: its series starts there. January is only
  // scheduled (the föregående möte), so it takes no number; numbers are given at closing.
  await admin.put(`/api/groups/${groupId}/protocol-number-series/2019`, key('series-2019'), {
    firstNumber: 2,
    format: 'N/YYYY',
  });
  for (const { who, party, role } of SEED_002.members) {
    await admin.post(`/api/groups/${groupId}/members`, key(`member-${who}`), {
      person: person(who),
      party,
      role,
      joinedOn: SEED_002.joinedOn,
    });
  }

  // The ordförande schedules January and February and sets February's agenda; the sekreterare
  // sends the kallelse.
  const chair = await as('chair');
  await step('schedule 1/2019');
  await chair.post(`/api/groups/${groupId}/meetings`, SCHEDULED_BY.previous.key, meetings.previous.schedule);
  await step('schedule 2/2019');
  const { meetingId } = await chair.post<{ meetingId: string }>(
    `/api/groups/${groupId}/meetings`,
    SCHEDULED_BY.seed.key,
    meetings.seed.schedule,
  );
  const meeting = `/api/meetings/${meetingId}`;
  await chair.put(`${meeting}/agenda`, key('agenda-2019-02'), { items: SEED_002.agenda });
  const secretary = await as('secretary');
  await step('kallelse 2/2019');
  await secretary.post(`${meeting}/kallelse`, key('kallelse-2019-02'), {
    recipients: SEED_002.members.map(({ who }) => person(who)),
  });

  // 25 February: the ordförande and Kommunal are absent; the vice ordförande stands in and chairs,
  // the sekreterare keeps the närvarolista and the minutes.
  const viceChair = await as('viceChair');
  await step('attendance 2/2019');
  await secretary.put(`${meeting}/attendance`, key('attendance-2019-02'), {
    attendees: seed002Attendance(person),
  });
  await viceChair.put(`${meeting}/justerare`, key('justerare-2019-02'), {
    justerare: seed002Justerare(person),
  });
  // Each text by the sekreterare, and right after it the follow-up dates set on that item.
  for (const [index, { kind, itemId, ...body }] of SEED_002.records.entries()) {
    await step(`record ${itemId}`);
    const item = `${meeting}/items/${encodeURIComponent(itemId)}`;
    await secretary.put(`${item}/${kind}`, key(`record-2019-02-${index}`), body);
    for (const [n, followUp] of SEED_002.followUps.entries()) {
      if (followUp.itemId !== itemId) continue;
      await step(`follow-up ${itemId}`);
      await secretary.post(`${item}/follow-ups`, key(`follow-up-2019-02-${n}`), {
        action: followUp.action,
        responsible: person(followUp.responsible),
        dueDate: followUp.dueDate,
      });
    }
  }
  const { itemId: deferred, reason } = SEED_002.deferral;
  await step(`defer ${deferred}`);
  await viceChair.put(`${meeting}/items/${deferred}/deferral`, key('deferral-2019-02'), { reason });
  await step('close 2/2019');
  // Closed with the times it was held (the scheduled 08.30–11.00: the seed gives no others), not
  // the moment the demo is loaded.
  const { startsAt: startedAt, endsAt: endedAt } = meetings.seed.schedule;
  await viceChair.post(`${meeting}/close`, key('close-2019-02'), { startedAt, endedAt });

  // Justering: Akademikerförbundet SSR's justerare, then the employer's, on the text they read.
  for (const who of ['ssr', 'viceChair'] as const) {
    await step(`justera ${who}`);
    const justerare = await as(who);
    const { protocol } = await justerare.get<{ protocol: { revision: number; textHash: string } }>(meeting);
    await justerare.post(`${meeting}/protocol/justeringar`, key(`justera-2019-02-${who}`), protocol);
  }

  // 4 March: the APT below the group raises a question it cannot settle to it.
  const { aptGroupId } = await recordApt(as, person, groupId, step);

  // The sekreterare schedules March: the deferred item, the due follow-ups and the APT's question come back.
  await step('schedule 3/2019');
  await catchUpCarryOver();
  const next = await secretary.post<{ meetingId: string }>(
    `/api/groups/${groupId}/meetings`,
    SCHEDULED_BY.next.key,
    meetings.next.schedule,
  );

  // 25 March: the FSG/VSG holds 3/2019 and answers the APT's question; the answer goes back down,
  // onto the kallelse of the APT's next meeting (8 April).
  await holdMarch(as, person, next.meetingId, step);
  await catchUpCarryOver();
  await callAptApril(as, person, aptGroupId, step);
}
