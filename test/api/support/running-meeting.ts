import type { ApiTestApp } from './api-test-app.js';
import { EMPLOYER, type Principals, SEED_ATTENDANCE, SEED_JUSTERARE, VISION } from './seed-002-group.js';

export const SMALL_AGENDA = [
  { itemId: 'i-info', title: 'Nytt inom arbetsmiljö', kind: 'information', proposer: EMPLOYER },
  { itemId: 'i-dialog', title: 'Uppföljning av avslutningssamtalen', kind: 'dialog', proposer: EMPLOYER },
  { itemId: 'i-beslut', title: 'Webbenkät årlig uppföljning – samverkan', kind: 'beslut', proposer: VISION },
];

/** A meeting of the group on 25 February 2019, with agenda, attendance and justerare: ready to record. */
export async function runningMeeting(api: ApiTestApp, people: Principals, groupId: string): Promise<string> {
  const chair = api.as(people.viceChair);
  api.clock.set('2019-02-01T09:00:00Z');
  const { body } = await chair
    .post(`/api/groups/${groupId}/meetings`)
    .send({ startsAt: '2019-02-25T08:30:00+01:00', endsAt: '2019-02-25T11:00:00+01:00', place: 'Kvarnen' })
    .expect(201);
  const meeting = `/api/meetings/${body.meetingId}`;
  await chair.put(`${meeting}/agenda`).send({ items: SMALL_AGENDA }).expect(200);
  api.clock.set('2019-02-25T07:30:00Z');
  await chair.put(`${meeting}/attendance`).send({ attendees: SEED_ATTENDANCE }).expect(200);
  await chair.put(`${meeting}/justerare`).send({ justerare: SEED_JUSTERARE }).expect(200);
  api.clock.set('2019-02-25T08:00:00Z');
  return body.meetingId as string;
}

/** Records every item of SMALL_AGENDA and closes the meeting. */
export async function closeRunningMeeting(
  api: ApiTestApp,
  people: Principals,
  meetingId: string,
): Promise<void> {
  await recordEveryItem(api, people, meetingId);
  api.clock.set('2019-02-25T09:55:00Z');
  await api.as(people.viceChair).post(`/api/meetings/${meetingId}/close`).expect(200);
}

/** Records every item of SMALL_AGENDA: the meeting is ready to close. */
export async function recordEveryItem(api: ApiTestApp, people: Principals, meetingId: string): Promise<void> {
  const chair = api.as(people.viceChair);
  const meeting = `/api/meetings/${meetingId}`;
  await chair
    .put(`${meeting}/items/i-info/information`)
    .send({ text: 'Förvaltningen arbetar vidare med APT.' })
    .expect(200);
  await chair
    .put(`${meeting}/items/i-dialog/dialog`)
    .send({ text: 'Parterna ser positivt på enkäterna.' })
    .expect(200);
  await chair
    .put(`${meeting}/items/i-beslut/decision`)
    .send({ text: 'Uppföljningsdatum skrivs in i kallelsen.', outcome: 'enighet' })
    .expect(200);
}
