/** The demo's APT: a workplace meeting under the FSG/VSG that raises one question to it. */
import { EMPLOYER, SEED_002 } from '#libs/seeds';
import type { DemoSession } from './demo-client.js';
import { key } from './demo-keys.js';
import type { DemoPersonKey } from './demo-people.js';

export type As = (who: DemoPersonKey) => Promise<DemoSession>;

export const DEMO_APT = {
  name: 'APT Barn, unga och familj',
  levels: ['APT'] as const,
  /** The manager runs it; two of the FSG/VSG's members work there, here as medarbetare. */
  members: [
    { who: 'chair', role: 'ordförande', party: EMPLOYER },
    { who: 'kommunal', role: 'ledamot' },
    { who: 'vision', role: 'ledamot' },
  ] as const satisfies readonly { who: DemoPersonKey; role: string; party?: object }[],
  meeting: {
    date: '2019-03-04',
    schedule: {
      startsAt: '2019-03-04T13:00:00+01:00',
      endsAt: '2019-03-04T14:00:00+01:00',
      place: 'Personalrummet, Barn, unga och familj',
    },
    held: { startedAt: '2019-03-04T13:00:00+01:00', endedAt: '2019-03-04T13:45:00+01:00' },
  },
  information: {
    itemId: 'i-rekrytering',
    title: 'Rekrytering av socialsekreterare',
    text: 'Enheten annonserar inom kort en tjänst som socialsekreterare.',
  },
  /** What the APT cannot settle itself: it goes to the FSG/VSG's next meeting, 25 March. */
  escalated: {
    itemId: 'i-introduktion',
    title: 'Introduktion av nyanställda',
    question:
      'Kan förvaltningen ta fram en gemensam introduktion för nyanställda socialsekreterare, med handledning det första halvåret?',
  },
};

/**
 * The APT is set up by the administrator, its meeting of 4 March run by the ordförande, who
 * records the information item, raises the other to the FSG/VSG and closes the meeting with the
 * times it was held. Every request has its Idempotency-Key, as the rest of the demo.
 */
export async function recordApt(
  as: As,
  person: (who: DemoPersonKey) => { personId: string; name: string },
  parentGroupId: string,
  step: (name: string) => Promise<void>,
): Promise<{ aptGroupId: string }> {
  const admin = await as('admin');
  await step('apt group');
  const { groupId } = await admin.post<{ groupId: string }>('/api/groups', key('apt-group'), {
    name: DEMO_APT.name,
    levels: DEMO_APT.levels,
    unitId: SEED_002.unit.unitId,
    parentGroupId,
    actsAsSkyddskommitte: false,
  });
  for (const { who, ...membership } of DEMO_APT.members) {
    await admin.post(`/api/groups/${groupId}/members`, key(`apt-member-${who}`), {
      ...membership,
      person: person(who),
      joinedOn: SEED_002.joinedOn,
    });
  }
  const chair = await as('chair');
  await step('apt meeting');
  const { meetingId } = await chair.post<{ meetingId: string }>(
    `/api/groups/${groupId}/meetings`,
    key('apt-schedule-2019-03'),
    DEMO_APT.meeting.schedule,
  );
  const meeting = `/api/meetings/${meetingId}`;
  const { information, escalated } = DEMO_APT;
  await chair.put(`${meeting}/agenda`, key('apt-agenda-2019-03'), {
    items: [
      { itemId: information.itemId, title: information.title, kind: 'information', proposer: EMPLOYER },
      { itemId: escalated.itemId, title: escalated.title, kind: 'dialog', proposer: EMPLOYER },
    ],
  });
  await chair.put(`${meeting}/attendance`, key('apt-attendance-2019-03'), {
    attendees: DEMO_APT.members.map(({ who, role, ...party }) => ({
      person: person(who),
      role,
      ...party,
      presence: 'present',
    })),
  });
  await chair.put(`${meeting}/items/${information.itemId}/information`, key('apt-record-2019-03'), {
    text: information.text,
  });
  await step('apt escalation');
  await chair.put(`${meeting}/items/${escalated.itemId}/escalation`, key('apt-escalation-2019-03'), {
    to: 'parent-group',
    groupId: parentGroupId,
    question: escalated.question,
  });
  await chair.post(`${meeting}/close`, key('apt-close-2019-03'), DEMO_APT.meeting.held);
  return { aptGroupId: groupId };
}
