/**
 * The FSG/VSG's meeting of 25 March (3/2019), held: everyone present, the four items that came back
 * (Kommunal's deferred item, the APT's question, two follow-ups) taken up, and the meeting closed.
 * Its protocol waits for justering (the sekreterare has asked its justerare), so a demo user can try
 * that step. Its answer to the APT's
 * question goes back to the APT, whose next meeting (8 April) is scheduled and called with it.
 */
import { SEED_002, seed002Justerare } from '#libs/seeds';
import { type As, DEMO_APT } from './demo-apt.js';
import { key } from './demo-keys.js';
import type { DemoPersonKey } from './demo-people.js';

type Person = (who: DemoPersonKey) => { personId: string; name: string };

export const DEMO_MARCH = {
  /** Held as scheduled, a quarter of an hour shorter. */
  held: { startedAt: '2019-03-25T08:30:00+01:00', endedAt: '2019-03-25T10:45:00+01:00' },
  deferred:
    'Kommunal och Vision återkopplade från tematräffen om heltid som norm. Parterna är överens om att ' +
    'fortsätta med en gemensam arbetsgrupp och att resultatet redovisas i FSG/VSG i maj.',
  /** The FSG/VSG's answer to the APT: its outcome on the escalated item. */
  answer:
    'Förvaltningen tar fram en gemensam introduktion för nyanställda socialsekreterare, med en utsedd ' +
    'handledare under det första halvåret. HR presenterar ett förslag i FSG/VSG i maj; de fackliga ' +
    'organisationerna bjuds in att delta i arbetet.',
  followUps: {
    'i-avslut':
      'Testet med digitala avslutningsenkäter har genomförts tillsammans med Arbetsmarknadsförvaltningen. ' +
      'Svarsfrekvensen blev 64 procent; enkäten införs som ordinarie rutin från april.',
    'i-arbetsskador':
      'I februari genomfördes två termutbildningar och en HLR-utbildning. Tre tillbud och en arbetsskada ' +
      'anmäldes; inga allvarliga händelser.',
  } as Record<string, string>,
};

export const DEMO_APT_APRIL = {
  date: '2019-04-08',
  schedule: {
    startsAt: '2019-04-08T13:00:00+02:00',
    endsAt: '2019-04-08T14:00:00+02:00',
    place: DEMO_APT.meeting.schedule.place,
  },
};

interface MarchView {
  agenda: { itemId: string; title: string; kind: string; origin?: { kind: string; fromItemId?: string } }[];
}

/** The sekreterare sends the kallelse and keeps the minutes; the ordförande runs and closes the meeting. */
export async function holdMarch(
  as: As,
  person: Person,
  meetingId: string,
  step: (name: string) => Promise<void>,
) {
  const meeting = `/api/meetings/${meetingId}`;
  const secretary = await as('secretary');
  const chair = await as('chair');
  await step('kallelse 3/2019');
  await secretary.post(`${meeting}/kallelse`, key('kallelse-2019-03'), {
    recipients: SEED_002.members.map(({ who }) => person(who)),
  });
  await step('attendance 3/2019');
  await secretary.put(`${meeting}/attendance`, key('attendance-2019-03'), {
    attendees: SEED_002.members.map(({ who, party, role }) => ({
      person: person(who),
      party,
      role,
      presence: 'present',
    })),
  });
  await chair.put(`${meeting}/justerare`, key('justerare-2019-03'), { justerare: seed002Justerare(person) });
  const { agenda } = await secretary.get<MarchView>(meeting);
  for (const [index, item] of agenda.entries()) {
    await step(`record 3/2019 ${item.itemId}`);
    const path = `${meeting}/items/${encodeURIComponent(item.itemId)}`;
    const recordKey = key(`record-2019-03-${index}`);
    if (item.origin?.kind === 'escalated') {
      await secretary.put(`${path}/dialog`, recordKey, { text: DEMO_MARCH.answer });
    } else if (item.origin?.kind === 'deferred') {
      await secretary.put(`${path}/dialog`, recordKey, { text: DEMO_MARCH.deferred });
    } else if (item.origin?.kind === 'follow-up') {
      const text = DEMO_MARCH.followUps[item.origin.fromItemId ?? ''];
      if (text === undefined) throw new Error(`the demo has no report for the follow-up "${item.title}"`);
      await secretary.put(`${path}/information`, recordKey, { text, followUp: { outcome: 'completed' } });
    } else {
      throw new Error(`the demo does not expect "${item.title}" on the agenda of 3/2019`);
    }
  }
  await step('close 3/2019');
  await chair.post(`${meeting}/close`, key('close-2019-03'), DEMO_MARCH.held);
  // The sekreterare asks its justerare; the last date is the organisation's days after the request
  // (the service's clock, the day the demo is loaded), so the demo user finds it waiting for them.
  await step('justering request 3/2019');
  await secretary.post(`${meeting}/protocol/justering-request`, key('justering-request-2019-03'), {});
}

/** The APT's ordförande schedules its next meeting (the answer returns on it) and sends the kallelse. */
export async function callAptApril(
  as: As,
  person: Person,
  aptGroupId: string,
  step: (name: string) => Promise<void>,
) {
  const chair = await as('chair');
  await step('apt schedule 2019-04');
  const { meetingId } = await chair.post<{ meetingId: string }>(
    `/api/groups/${aptGroupId}/meetings`,
    APT_APRIL_SCHEDULED_BY.key,
    DEMO_APT_APRIL.schedule,
  );
  await step('apt kallelse 2019-04');
  await chair.post(`/api/meetings/${meetingId}/kallelse`, key('apt-kallelse-2019-04'), {
    recipients: DEMO_APT.members.map(({ who }) => person(who)),
  });
}

/** Its meeting id derives from this key and the person (see demo-state's readDemo). */
export const APT_APRIL_SCHEDULED_BY = { who: 'chair', key: key('apt-schedule-2019-04') } as const;
