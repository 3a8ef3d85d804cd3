import { randomUUID } from 'node:crypto';
import { foldEvents } from '#libs/ddd';
import { readProjectionStatus, rebuildProjection } from '#libs/event-store';
import { type FollowUpCommand, followUpDecider, followUpsProjection, listFollowUps } from '#libs/follow-ups';
import { catchUp, type EventStoreFixture, eventStoreFixture } from '../event-store/event-store-fixture.js';

const at = '2019-02-25T15:00:00Z';
const origin = { meetingId: 'm-feb', itemId: 'avslutningssamtal', meetingDate: '2019-02-25' };

describe('follow-ups read model (real PostgreSQL)', () => {
  let fx: EventStoreFixture;

  /** Decides a follow-up command on its stream and appends the events, as a handler would. */
  async function send(command: FollowUpCommand, tenantId = 'kommun-a') {
    const streamId = `follow-up-${command.data.followUpId}`;
    const history = await fx.store.readStream(tenantId, streamId);
    const state = foldEvents(
      followUpDecider,
      history.map((e) => ({ type: e.type, data: e.data }) as never),
    );
    const events = followUpDecider.decide(command, state);
    await fx.store.append(
      { tenantId, streamId, streamType: 'follow-up' },
      events.map((event) => ({ eventId: randomUUID(), type: event.type, data: event.data })),
      { expected: history.length },
    );
  }

  const open = (followUpId: string, dueDate: string, responsible = 'Åsa Öberg', groupId = 'fsg-soc') =>
    send({
      type: 'OpenFollowUp',
      data: {
        followUpId,
        groupId,
        origin,
        action: `Åtgärd ${followUpId}`,
        responsible: { personId: responsible, name: responsible },
        dueDate,
        at,
      },
    });

  beforeAll(async () => {
    fx = await eventStoreFixture();
    await open('f1', '2019-03-10');
    await open('f2', '2019-04-01', 'Per Ek');
    await open('f3', '2019-03-01', 'Per Ek', 'vsg-vuxen');
    await open('f4', '2019-05-01');
    await send({
      type: 'RescheduleFollowUp',
      data: { followUpId: 'f4', newDueDate: '2019-03-05', reason: 'Tidigare möte', at },
    });
    await send({ type: 'CompleteFollowUp', data: { followUpId: 'f2', note: 'Klart', at } });
    await send({ type: 'CancelFollowUp', data: { followUpId: 'f1', reason: 'Ersatt av f4', at } });
    await open('other-tenant', '2019-03-01');
    await send(
      {
        type: 'OpenFollowUp',
        data: {
          followUpId: 'x1',
          groupId: 'g',
          origin,
          action: 'Annan kommun',
          responsible: { personId: 'p', name: 'P' },
          dueDate: '2019-03-01',
          at,
        },
      },
      'kommun-b',
    );
    await fx.store.append(
      { tenantId: 'kommun-a', streamId: 'meeting-m-feb', streamType: 'meeting' },
      [
        {
          eventId: randomUUID(),
          type: 'MeetingClosed',
          data: {
            meetingId: 'm-feb',
            at,
            revision: 1,
            paragraphs: [{ itemId: 'avslutningssamtal', paragraph: 9 }],
          },
        },
      ],
      { expected: 'any' },
    );
    const { runner, lease } = await fx.runner(followUpsProjection);
    await lease.tryAcquire('follow-ups');
    await catchUp(fx, runner);
    await lease.release('follow-ups');
  });
  afterAll(() => fx.close());

  const ids = (rows: { followUpId: string }[]) => rows.map((row) => row.followUpId);

  it('lists the open follow-ups of a tenant soonest first, with days left and the origin § once the meeting closed', async () => {
    const rows = await listFollowUps(fx.dataSource.manager, 'kommun-a', {}, '2019-03-03');
    expect(ids(rows)).toEqual(['f3', 'other-tenant', 'f4']);
    expect(rows[0]).toMatchObject({ dueDate: '2019-03-01', daysLeft: -2, responsible: { name: 'Per Ek' } });
    expect(rows[2]).toMatchObject({
      dueDate: '2019-03-05',
      daysLeft: 2,
      reschedules: 1,
      action: 'Åtgärd f4',
    });
    expect(rows[2].origin).toEqual({ ...origin, paragraph: 9 });
  });

  it('filters by overdue, due date, responsible, group and status', async () => {
    const query = (filter: Parameters<typeof listFollowUps>[2]) =>
      listFollowUps(fx.dataSource.manager, 'kommun-a', filter, '2019-03-03');
    expect(ids(await query({ overdue: true }))).toEqual(['f3', 'other-tenant']);
    expect(ids(await query({ dueOnOrBefore: '2019-03-04' }))).toEqual(['f3', 'other-tenant']);
    expect(ids(await query({ responsibleId: 'Per Ek', status: 'all' }))).toEqual(['f3', 'f2']);
    expect(ids(await query({ groupIds: ['vsg-vuxen'] }))).toEqual(['f3']);
    const closed = await query({ status: 'cancelled' });
    expect(closed).toMatchObject([{ followUpId: 'f1', closingReason: 'Ersatt av f4', daysLeft: null }]);
    expect(ids(await query({ status: 'completed' }))).toEqual(['f2']);
  });

  it('keeps tenants apart', async () => {
    expect(ids(await listFollowUps(fx.dataSource.manager, 'kommun-b', {}, '2019-03-03'))).toEqual(['x1']);
  });

  it('rebuilds into the same rows', async () => {
    const before = await listFollowUps(fx.dataSource.manager, 'kommun-a', { status: 'all' }, '2019-03-03');
    const { runner, lease } = await fx.runner(followUpsProjection, { replaying: true });
    await rebuildProjection(runner, fx.dataSource, lease);
    expect(await listFollowUps(fx.dataSource.manager, 'kommun-a', { status: 'all' }, '2019-03-03')).toEqual(
      before,
    );
    const [status] = (await readProjectionStatus(fx.dataSource.manager)).filter(
      (s) => s.projection === 'follow-ups',
    );
    expect(status).toMatchObject({ lagEvents: 0, deadLetters: 0 });
  });
});
