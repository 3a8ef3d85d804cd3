/**
 * No request folds history (issue 14): the event store counts every stream it reads
 * (event_store_stream_reads_total and event_store_stream_events_read_total, by stream type), and
 * a group with 3 meetings and the same group with 30 read the same streams, and the same number
 * of events from every stream but the one a request changes, for a meeting command, scheduling,
 * GET /api/groups, GET /api/follow-ups and a meeting's page. With the read models caught up the
 * group's stream (one event per meeting) is read only where the request appends to it, and
 * there from its newest snapshot: with 120 meetings scheduling and closing read the snapshot and
 * fewer than SNAPSHOT_EVERY events of the group, not its whole stream.
 */
import request from 'supertest';
import { SNAPSHOT_EVERY, StreamReader } from '#libs/event-store';
import { followUpsProjection } from '#libs/follow-ups';
import { GROUP, groupDecider, groupsProjection } from '#libs/groups';
import { groupStream } from '#libs/shared-kernel';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { carryOverProjection, meetingsProjection } from '#libs/meetings';
import { projectToHead } from './support/project-to-head.js';
import { type StreamReads as Reads, streamReadsOf as readsOf } from './support/stream-reads.js';
import { PEOPLE, startWebWorld, TENANT, type WebWorld } from '../web/support/web-world.js';

describe('the streams one request reads, with 3 meetings in the group or 30', () => {
  let world: WebWorld;
  let scheduled = 0;

  beforeAll(async () => {
    world = await startWebWorld();
  });
  afterAll(() => world?.close());

  const chair = () => ({
    get: (path: string) => request(world.server).get(path).set('Cookie', world.cookies.chair),
    put: (path: string, body: object) =>
      request(world.server).put(path).set('Cookie', world.cookies.chair).send(body),
    post: (path: string, body: object) =>
      request(world.server).post(path).set('Cookie', world.cookies.chair).send(body),
  });
  const scheduleOne = () => {
    scheduled += 1;
    const day = new Date(Date.UTC(2019, 3, 1) + scheduled * 86_400_000).toISOString().slice(0, 10);
    return chair().post(`/api/groups/${world.groupId}/meetings`, {
      startsAt: `${day}T06:00:00Z`,
      endsAt: `${day}T07:00:00Z`,
      place: `Rum ${scheduled}`,
    });
  };
  /** The worker's read models caught up, as the worker keeps them. */
  const project = () =>
    projectToHead(world.app, [
      groupsProjection,
      meetingsProjection(world.app.get(StreamReader)),
      carryOverProjection,
      followUpsProjection,
      ...DOCUMENT_PROJECTIONS,
    ]);
  const meetingsInGroup = async (count: number) => {
    const listed = await chair().get(`/api/groups/${world.groupId}`);
    while (scheduled + 2 < count) expect((await scheduleOne()).status).toBe(201);
    await project();
    expect(listed.status).toBe(200);
  };

  /** One of each request the issue names, on the March meeting (scheduled, kallelse sent). */
  const measure = async () => {
    const next = `/api/meetings/${world.meetingIds.next}`;
    let agenda = 0;
    // The reads first, while every read model is at the head; then the two that change streams.
    return {
      listGroups: await readsOf(() => chair().get('/api/groups'), 200),
      group: await readsOf(() => chair().get(`/api/groups/${world.groupId}`), 200),
      followUps: await readsOf(() => chair().get('/api/follow-ups'), 200),
      meeting: await readsOf(() => chair().get(next), 200),
      meetingPage: await readsOf(() => chair().get(`/moten/${world.meetingIds.next}/forbered`), 200),
      documentsPage: await readsOf(() => chair().get(`/dokument/${world.meetingIds.held}`), 200),
      meetingCommand: await readsOf(() => {
        agenda += 1;
        return chair().put(`${next}/agenda`, {
          items: [
            {
              itemId: `i-${agenda}`,
              title: 'Budget 2019 – årsöversikt',
              kind: 'information',
              proposer: { side: 'employer' },
            },
          ],
        });
      }, 200),
      scheduling: await readsOf(scheduleOne, 201),
    };
  };

  it('reads the same streams for 3 meetings as for 30, and never the group where nothing is appended to it', async () => {
    await meetingsInGroup(3);
    await project();
    const few = await measure();
    await meetingsInGroup(30);
    const many = await measure();

    // A meeting command reads its meeting, and no group: it authorizes on the read model.
    expect(few.meetingCommand).toEqual({ meeting: { streams: 1, events: expect.any(Number) } });
    // Scheduling reads the organisation (its union list), the new meeting (empty) and the group it
    // appends MeetingAdded to, once; no earlier meeting and no follow-up.
    expect(Object.keys(few.scheduling).sort()).toEqual(['group', 'meeting', 'organisation']);
    expect(few.scheduling.group.streams).toBe(1);
    expect(few.scheduling.meeting).toEqual({ streams: 1, events: 0 });
    // The lists and the group read no stream at all.
    expect(few.listGroups).toEqual({});
    expect(few.group).toEqual({});
    expect(few.followUps).toEqual({});
    // A meeting's view and its page read the meeting and nothing else.
    const theMeetingOnce = { meeting: { streams: 1, events: expect.any(Number) } };
    expect(few.meeting).toEqual(theMeetingOnce);
    expect(few.meetingPage).toEqual(theMeetingOnce);
    // The Dokument page asks for each of the meeting's documents, and each folds the meeting (its
    // own stream, the same number of times whatever the group holds).
    expect(Object.keys(few.documentsPage)).toEqual(['meeting']);

    // With 30 meetings: the same streams, and the same events from each but the request's own
    // (the March meeting gains an item per round; scheduling appends to the group).
    const own = (request: keyof typeof few): string[] => (request === 'scheduling' ? ['group'] : ['meeting']);
    const comparable = (reads: Reads, ownTypes: string[]) =>
      Object.fromEntries(
        Object.entries(reads).map(([type, { streams, events }]) => [
          type,
          ownTypes.includes(type) ? { streams } : { streams, events },
        ]),
      );
    for (const request of Object.keys(few) as (keyof typeof few)[]) {
      expect([request, comparable(many[request], own(request))]).toEqual([
        request,
        comparable(few[request], own(request)),
      ]);
    }
    expect(many.scheduling.group.events).toBeGreaterThan(few.scheduling.group.events);
  });

  it('reads the group from its snapshot to schedule or close, with 120 meetings in it', async () => {
    await meetingsInGroup(120);
    const reader = world.app.get(StreamReader);
    const stream = groupStream(TENANT, world.groupId);
    const events = (await reader.history(stream)).length;
    expect(events).toBeGreaterThan(120);

    const scheduling = await readsOf(scheduleOne, 201);
    expect(scheduling.group.streams).toBe(1);
    expect(scheduling.group.events).toBeLessThan(SNAPSHOT_EVERY + 10);

    // The same state from the snapshot as from the whole stream.
    const full = await reader.load(stream, groupDecider);
    const snapshotted = await reader.load(stream, groupDecider, GROUP.snapshots);
    expect(snapshotted.snapshotVersion).toBeGreaterThan(0);
    expect(snapshotted.state).toStrictEqual(full.state);
    expect(snapshotted.version).toBe(full.version);

    // Closing a meeting takes its protocol number from the group: from the snapshot too.
    const closed = await scheduleOne();
    expect(closed.status).toBe(201);
    const meeting = `/api/meetings/${(closed.body as { meetingId: string }).meetingId}`;
    const chairRef = { personId: world.ids.chair, name: PEOPLE.chair.name };
    const visionRef = { personId: world.ids.vision, name: PEOPLE.vision.name };
    const employer = { side: 'employer' } as const;
    const vision = { side: 'union', organisation: 'Vision' } as const;
    expect(
      (
        await chair().put(`${meeting}/agenda`, {
          items: [{ itemId: 'i-info', title: 'Information', kind: 'information', proposer: employer }],
        })
      ).status,
    ).toBe(200);
    world.clock.set('2020-06-01T09:00:00Z');
    const attendance = {
      attendees: [
        { person: chairRef, party: employer, role: 'ordförande', presence: 'present' },
        { person: visionRef, party: vision, role: 'ledamot', presence: 'present' },
      ],
    };
    expect((await chair().put(`${meeting}/attendance`, attendance)).status).toBe(200);
    const justerare = {
      justerare: [
        { person: chairRef, party: employer },
        { person: visionRef, party: vision },
      ],
    };
    expect((await chair().put(`${meeting}/justerare`, justerare)).status).toBe(200);
    const informed = await chair().put(`${meeting}/items/i-info/information`, { text: 'Lämnades.' });
    expect(informed.status).toBe(200);
    // The read models caught up, as the worker keeps them: the group is read where it is appended to.
    await project();
    const closing = await readsOf(() => chair().post(`${meeting}/close`, {}), 200);
    expect(closing.group.streams).toBe(1);
    expect(closing.group.events).toBeLessThan(SNAPSHOT_EVERY + 10);
    const afterClosing = await reader.load(stream, groupDecider, GROUP.snapshots);
    expect(afterClosing.state).toStrictEqual((await reader.load(stream, groupDecider)).state);
    console.log(
      `group stream ${events} events: scheduling read ${scheduling.group.events}, closing ${closing.group.events}`,
    );
  });
});
