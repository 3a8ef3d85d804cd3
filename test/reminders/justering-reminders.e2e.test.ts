/**
 * Issue 12 for justerare ("the same treatment for a protocol waiting for them", issue 13 sets the
 * last date): the clock moved day by day past the last date, the sweep sends each justerare who
 * has not justerat a reminder two days before, on the last day, the day after (the secretary in
 * copy) and weekly; one who approves gets no more; nothing twice across sweeps and a rebuild.
 */
import { DataSource } from 'typeorm';
import { PgEventStore, StreamReader } from '#libs/event-store';
import { groupsProjection } from '#libs/groups';
import { meetingsProjection } from '#libs/meetings';
import { justeringReminderScheduleProjection } from '#libs/reminders';
import { type ApiTestApp, startApiTestApp } from '../api/support/api-test-app.js';
import { projectToHead, rebuildFromScratch } from '../api/support/project-to-head.js';
import {
  ADDRESSES,
  heldMeeting,
  justeringGroup,
  type JusteringGroup,
} from '../invitations/support/justering-world.js';
import { outboxOf, sweepDays } from './support/reminder-world.js';

describe('justering reminders', () => {
  let api: ApiTestApp;
  let group: JusteringGroup;
  let meetingId: string;
  let schedule: ReturnType<typeof justeringReminderScheduleProjection>;
  let meetings: ReturnType<typeof meetingsProjection>;
  // The meetings read model gives the reminder its group and protocol number.
  const readModels = () => [groupsProjection, meetings, schedule];

  beforeAll(async () => {
    api = await startApiTestApp();
    schedule = justeringReminderScheduleProjection(api.app.get(PgEventStore));
    meetings = meetingsProjection(api.app.get(StreamReader));
    group = await justeringGroup(api);
    meetingId = await heldMeeting(api, group);
    api.clock.set('2019-02-25T12:00:00Z');
    await api
      .as(group.people.secretary)
      .post(`/api/meetings/${meetingId}/protocol/justering-request`)
      .send({ lastDate: '2019-03-04' })
      .expect(200);
    await projectToHead(api.app, readModels());
  });
  afterAll(() => api?.close());

  const reminders = async () =>
    (await outboxOf(api, group.tenantId))
      .filter((row) => row.kind.startsWith('justering-reminder'))
      .map(({ kind, recipient, cc, subject }) => ({ kind, recipient, cc, subject }));

  it('reminds both justerare two days before and on the last day, and nothing before', async () => {
    await sweepDays(api, '2019-02-26', '2019-03-01');
    expect(await reminders()).toEqual([]);
    const reports = await sweepDays(api, '2019-03-02', '2019-03-04');
    expect(reports.map((report) => report.justeringSkipped)).toEqual([undefined, undefined, undefined]);
    const sent = await reminders();
    expect(sent.map(({ kind, recipient }) => `${kind} ${recipient}`).sort()).toEqual(
      [
        `justering-reminder-before ${ADDRESSES.viceChair}`,
        `justering-reminder-before ${ADDRESSES.ssr}`,
        `justering-reminder-due ${ADDRESSES.viceChair}`,
        `justering-reminder-due ${ADDRESSES.ssr}`,
      ].sort(),
    );
    expect(sent[0]!.subject).toMatch(/^Påminnelse om justering: .*, senast 2019-03-04$/);
  });

  it('one who approves gets no more; the other is told it is late, with the secretary in copy', async () => {
    api.clock.set('2019-03-04T15:00:00Z');
    const { protocol } = (await api.as(group.people.viceChair).get(`/api/meetings/${meetingId}`).expect(200))
      .body;
    await api
      .as(group.people.viceChair)
      .post(`/api/meetings/${meetingId}/protocol/justeringar`)
      .send(protocol)
      .expect(200);
    await projectToHead(api.app, readModels());
    await sweepDays(api, '2019-03-05', '2019-03-12');
    const late = (await reminders()).filter(
      ({ kind }) => kind === 'justering-reminder-overdue' || kind === 'justering-reminder-weekly',
    );
    expect(late.map(({ kind, recipient, cc }) => ({ kind, recipient, cc }))).toEqual([
      { kind: 'justering-reminder-overdue', recipient: ADDRESSES.ssr, cc: [ADDRESSES.secretary] },
      { kind: 'justering-reminder-weekly', recipient: ADDRESSES.ssr, cc: [ADDRESSES.secretary] },
    ]);
    expect(late[0]!.subject).toMatch(/^Försenad justering: .*sista dagen var 2019-03-04$/);
  });

  it('sends nothing twice: the same days again, and after a rebuild of the schedule', async () => {
    const before = (await reminders()).length;
    await sweepDays(api, '2019-03-02', '2019-03-12');
    await rebuildFromScratch(api.app, schedule);
    await projectToHead(api.app, readModels());
    await sweepDays(api, '2019-03-02', '2019-03-12');
    expect(await reminders()).toHaveLength(before);
    const ledger: { n: string }[] = await api.app
      .get(DataSource)
      .query('SELECT count(*) AS n FROM justering_reminders_sent WHERE tenant_id = $1', [group.tenantId]);
    expect(Number(ledger[0]!.n)).toBe(before);
  });

  it('stops when the protocol is justerat', async () => {
    api.clock.set('2019-03-13T08:00:00Z');
    const { protocol } = (await api.as(group.people.ssr).get(`/api/meetings/${meetingId}`).expect(200)).body;
    await api
      .as(group.people.ssr)
      .post(`/api/meetings/${meetingId}/protocol/justeringar`)
      .send(protocol)
      .expect(200);
    await projectToHead(api.app, readModels());
    const before = (await reminders()).length;
    await sweepDays(api, '2019-03-13', '2019-03-30');
    expect(await reminders()).toHaveLength(before);
  });
});
