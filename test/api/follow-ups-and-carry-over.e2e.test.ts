/**
 * A follow-up date assigned in one meeting opens a follow-up, which comes back on the agenda of the
 * first meeting on or after its due date ("från § 5, 2019-02-25") until it is completed.
 */
import { followUpOverviewProjection, followUpsProjection } from '#libs/follow-ups';
import { carryOverProjection } from '#libs/meetings';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import { runningMeeting } from './support/running-meeting.js';
import { PEOPLE, type Principals, seedGroup } from './support/seed-002-group.js';

describe('follow-ups and what returns on the next agenda', () => {
  let api: ApiTestApp;
  let people: Principals;
  let groupId: string;
  let februaryId: string;
  let followUpId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ people, groupId } = await seedGroup(api));
    februaryId = await runningMeeting(api, people, groupId);
    const assigned = await api
      .as(people.viceChair)
      .post(`/api/meetings/${februaryId}/items/i-dialog/follow-ups`)
      .send({
        action: 'Utvärdera de digitala avslutningsenkäterna',
        responsible: PEOPLE.secretary,
        dueDate: '2019-03-25',
      })
      .expect(201);
    followUpId = assigned.body.followUpId;
    await api
      .as(people.viceChair)
      .put(`/api/meetings/${februaryId}/items/i-beslut/deferral`)
      .send({ reason: 'Tiden räckte inte.' })
      .expect(200);
    await closeRunningMeetingWithoutDecision();
  });
  afterAll(() => api?.close());

  /** As closeRunningMeeting, but i-beslut is deferred instead of decided. */
  async function closeRunningMeetingWithoutDecision() {
    const chair = api.as(people.viceChair);
    const meeting = `/api/meetings/${februaryId}`;
    await chair.put(`${meeting}/items/i-info/information`).send({ text: 'Information.' }).expect(200);
    await chair.put(`${meeting}/items/i-dialog/dialog`).send({ text: 'Dialog om enkäterna.' }).expect(200);
    api.clock.set('2019-02-25T09:55:00Z');
    await chair.post(`${meeting}/close`).expect(200);
  }

  it('opens the follow-up with its origin, responsible and due date, readable by the group and HR', async () => {
    const response = await api.as(people.hr).get(`/api/follow-ups/${followUpId}`).expect(200);
    expect(response.body).toMatchObject({
      followUpId,
      version: 1,
      status: 'open',
      groupId,
      origin: { meetingId: februaryId, itemId: 'i-dialog', meetingDate: '2019-02-25' },
      action: 'Utvärdera de digitala avslutningsenkäterna',
      responsible: PEOPLE.secretary,
      dueDate: '2019-03-25',
    });
    expect(response.headers.etag).toBe('"1"');
    await api.as(people.outsider).get(`/api/follow-ups/${followUpId}`).expect(403);
  });

  it('brings the deferred item and the due follow-up back on the next agenda, with where they came from', async () => {
    api.clock.set('2019-03-01T09:00:00Z');
    // Carry-over is a read model now: the worker's job, done here before reading it.
    await projectToHead(api.app, [carryOverProjection]);
    const { body } = await api
      .as(people.viceChair)
      .post(`/api/groups/${groupId}/meetings`)
      .send({ startsAt: '2019-03-25T08:30:00+01:00', endsAt: '2019-03-25T11:00:00+01:00', place: 'Kvarnen' })
      .expect(201);
    expect(body.carriedOver).toEqual([
      expect.objectContaining({
        itemId: `deferred:${februaryId}:i-beslut`,
        title: 'Webbenkät årlig uppföljning – samverkan',
        origin: expect.objectContaining({
          kind: 'deferred',
          fromParagraph: 6,
          fromDate: '2019-02-25',
          reason: 'Tiden räckte inte.',
        }),
      }),
      expect.objectContaining({
        itemId: `follow-up:${followUpId}`,
        kind: 'återrapportering',
        presenters: [PEOPLE.secretary],
        origin: expect.objectContaining({
          kind: 'follow-up',
          followUpId,
          fromParagraph: 5,
          dueDate: '2019-03-25',
        }),
      }),
    ]);
    const march = `/api/meetings/${body.meetingId}`;
    await projectToHead(api.app, [carryOverProjection]);
    const { body: meeting } = await api.as(people.viceChair).get(march).expect(200);
    expect(meeting.agendaVersion).toBe(0);

    // Re-sending the agenda without origins keeps them: clients cannot drop or invent where an item came from.
    const items = meeting.agenda.map(({ itemId, title, kind, proposer }: Record<string, unknown>) => ({
      itemId,
      title,
      kind,
      proposer,
    }));
    await api.as(people.viceChair).put(`${march}/agenda`).send({ items: items.reverse() }).expect(200);
    await projectToHead(api.app, [carryOverProjection]);
    const { body: amended } = await api.as(people.viceChair).get(march).expect(200);
    expect(amended.agenda.map((item: { origin: { kind: string } }) => item.origin.kind)).toEqual([
      'follow-up',
      'deferred',
    ]);

    // Reported back twice in March by the responsible, then completed: it no longer returns.
    for (const text of ['Enkäten är ute.', 'Svarsfrekvensen var 64 %.'])
      await api
        .as(people.secretary)
        .post(`/api/follow-ups/${followUpId}/reports`)
        .send({ meetingId: body.meetingId, itemId: `follow-up:${followUpId}`, text })
        .expect(200);
    await api
      .as(people.secretary)
      .post(`/api/follow-ups/${followUpId}/complete`)
      .send({ note: 'Klart.' })
      .expect(200);
    const { body: done } = await api.as(people.ssr).get(`/api/follow-ups/${followUpId}`).expect(200);
    expect(done).toMatchObject({
      status: 'completed',
      closingReason: 'Klart.',
      reports: [{ text: 'Enkäten är ute.' }, { text: 'Svarsfrekvensen var 64 %.' }],
    });
    // HR's overview counts both reports and the completion (the reports of a batch are counted together).
    await projectToHead(api.app, [followUpOverviewProjection, followUpsProjection]);
    const { body: listed } = await api.as(people.ssr).get('/api/follow-ups?status=completed').expect(200);
    expect(listed.find((row: { followUpId: string }) => row.followUpId === followUpId)).toMatchObject({
      reports: 2,
    });
    const { body: overview } = await api
      .as(people.hr)
      .get('/api/follow-ups/overview?status=completed')
      .expect(200);
    expect(overview.rows.find((row: { followUpId: string }) => row.followUpId === followUpId)).toMatchObject({
      reports: 2,
      historyCount: 3,
    });
  });

  it('refuses what a closed follow-up no longer allows, and lets the responsible and the group’s chairs reschedule or cancel', async () => {
    const reschedule = await api
      .as(people.viceChair)
      .post(`/api/follow-ups/${followUpId}/reschedule`)
      .send({ newDueDate: '2019-05-27', reason: 'Mer tid behövs.' })
      .expect(409);
    expect(reschedule.body.code).toBe('FOLLOW_UP.COMPLETED');
    await api.as(people.secretary).post(`/api/follow-ups/${followUpId}/complete`).send({}).expect(200);

    const meetingId = await runningMeeting(api, people, groupId);
    const { body } = await api
      .as(people.viceChair)
      .post(`/api/meetings/${meetingId}/items/i-info/follow-ups`)
      .send({ action: 'Ta fram en handlingsplan', responsible: PEOPLE.ssr, dueDate: '2019-06-30' })
      .expect(201);
    const other = `/api/follow-ups/${body.followUpId}`;
    // A ledamot who is not the responsible may not move it.
    await api
      .as(people.vision)
      .post(`${other}/reschedule`)
      .send({ newDueDate: '2019-08-31', reason: 'Semester.' })
      .expect(403);
    await api
      .as(people.secretary)
      .post(`${other}/reschedule`)
      .send({ newDueDate: '2019-06-30', reason: 'Samma.' })
      .expect(409);
    await api
      .as(people.secretary)
      .post(`${other}/reschedule`)
      .send({ newDueDate: '2019-02-30', reason: 'Fel.' })
      .expect(400);
    // The responsible person moves their own follow-up.
    await api
      .as(people.ssr)
      .post(`${other}/reschedule`)
      .send({ newDueDate: '2019-08-31', reason: 'Semester.' })
      .expect(200);
    await api.as(people.chair).post(`${other}/cancel`).send({ reason: 'Ersatt av ny plan.' }).expect(200);
    const report = await api
      .as(people.ssr)
      .post(`${other}/reports`)
      .send({ meetingId, text: 'För sent.' })
      .expect(409);
    expect(report.body.code).toBe('FOLLOW_UP.CANCELLED');
    await api.as(people.ssr).get('/api/follow-ups/finns-inte').expect(404);
  });
});
