/**
 * The meetings read model (issue 14): rm_meetings holds one row per meeting, each the meeting's
 * stream folded and summarised as the lists show it. The rows equal a fresh fold, replaying a
 * batch changes nothing, a rebuild from zero gives the same rows; Min sida and the group page read
 * the rows (and so does the Justering page), so the streams they read do not grow with the number of meetings, and a page right
 * after a change still shows it (the one meeting ahead of its row is folded).
 */
import { DataSource } from 'typeorm';
import { PgEventStore, type Projection, StreamReader } from '#libs/event-store';
import { groupsProjection } from '#libs/groups';
import {
  MeetingList,
  meetingDecider,
  meetingListingOf,
  MEETINGS_PROJECTION,
  meetingsProjection,
} from '#libs/meetings';
import { meetingStream } from '#libs/shared-kernel';
import { projectToHead, rebuildFromScratch } from '../api/support/project-to-head.js';
import request from 'supertest';
import { startWebWorld, TENANT, type WebWorld } from '../web/support/web-world.js';

describe('the meetings read model (real PostgreSQL, through the pages)', () => {
  let world: WebWorld;
  let meetings: Projection;
  let streamReads: string[];

  beforeAll(async () => {
    world = await startWebWorld();
    // The API process runs no projections: the test runs the worker's, as projectToHead does.
    meetings = meetingsProjection(world.app.get(StreamReader));
    // Every stream read of the store is noted: the figure this read model is there to cut.
    const store = world.app.get(PgEventStore);
    const readStream = store.readStream.bind(store);
    store.readStream = (tenantId, streamId, after) => {
      streamReads.push(streamId);
      return readStream(tenantId, streamId, after);
    };
  });
  afterAll(() => world?.close());
  beforeEach(() => (streamReads = []));

  const project = () => projectToHead(world.app, [groupsProjection, meetings]);
  const rows = () =>
    world.app
      .get(DataSource)
      .query('SELECT * FROM rm_meetings WHERE tenant_id = $1 ORDER BY meeting_id', [TENANT]);
  const folded = async (meetingId: string) => {
    const { state, version } = await new StreamReader(world.app.get(PgEventStore)).load(
      meetingStream(TENANT, meetingId),
      meetingDecider,
    );
    return meetingListingOf(state, version);
  };
  const schedule = async (day: number) => {
    const date = `2019-04-${String(day).padStart(2, '0')}`;
    const response = await request(world.server)
      .post(`/api/groups/${world.groupId}/meetings`)
      .set('Cookie', world.cookies.chair)
      .send({ startsAt: `${date}T08:00:00+02:00`, endsAt: `${date}T09:00:00+02:00`, place: `Rum ${day}` });
    expect(response.status).toBe(201);
    return response.body.meetingId as string;
  };
  /** The streams a page read for the group's ordförande: the meetings' ones, and how many in all. */
  const meetingStreamsRead = async (path: string) => {
    streamReads = [];
    const page = await request(world.server).get(path).set('Cookie', world.cookies.chair);
    expect(page.status).toBe(200);
    return {
      page,
      meetingReads: streamReads.filter((id) => id.startsWith('meeting-')),
      all: [...streamReads],
    };
  };

  it('keeps each meeting as a fold of its stream summarises it, and the same again on replay', async () => {
    await project();
    const { held, next } = world.meetingIds;
    const stored = await rows();
    expect(stored.map((row: { meeting_id: string }) => row.meeting_id).sort()).toEqual([held, next].sort());
    const heldRow = stored.find((row: { meeting_id: string }) => row.meeting_id === held);
    expect(heldRow).toMatchObject({
      status: 'closed',
      protocol_status: 'awaiting justering',
      protocol_number: '1/2019',
      place: 'Kvarnen',
    });
    expect([...heldRow.awaiting_justering_by].sort()).toEqual([world.ids.chair, world.ids.vision].sort());
    const nextRow = stored.find((row: { meeting_id: string }) => row.meeting_id === next);
    expect(nextRow.status).toBe('scheduled');
    expect(nextRow.kallelse_issued_at).not.toBeNull();
    // No item text is kept: the agenda's titles and the dialog's record are nowhere in the rows.
    expect(JSON.stringify(stored)).not.toContain('Introduktion av nyanställda');
    expect(JSON.stringify(stored)).not.toContain('Budget 2019');

    // The rows the list reads are exactly a fresh fold of each stream, and reading them folds none.
    streamReads = [];
    const listed = await world.app
      .get(MeetingList)
      .list(TENANT, [{ groupId: world.groupId, meetingIds: [held, next] }], { groupIds: [world.groupId] });
    expect(streamReads).toEqual([]);
    expect(listed.meetings).toEqual([await folded(held), await folded(next)]);

    // Replaying every event again (the checkpoint set back, the rows kept) writes the same rows.
    await world.app
      .get(DataSource)
      .query('DELETE FROM es_checkpoints WHERE projection = $1', [MEETINGS_PROJECTION]);
    await project();
    expect(await rows()).toEqual(stored);
  });

  it('gives the same rows after a rebuild from zero', async () => {
    const before = await rows();
    await rebuildFromScratch(world.app, meetings);
    expect(await rows()).toEqual(before);
  });

  it('reads no stream for Min sida, the group page or Justering, with 2 meetings or with 32', async () => {
    await project();
    const fewHome = await meetingStreamsRead('/');
    const fewGroup = await meetingStreamsRead(`/grupper/${world.groupId}`);
    const justering = await meetingStreamsRead('/justering');
    expect(fewHome.meetingReads).toEqual([]);
    expect(fewGroup.meetingReads).toEqual([]);
    expect(justering.all).toEqual([]);
    // The held meeting's protocol waits for the ordförande, who is one of its justerare.
    expect(justering.page.text).toMatch(/Väntar på din justering/);

    for (let day = 1; day <= 30; day += 1) await schedule(day);
    await project();
    const manyHome = await meetingStreamsRead('/');
    const manyGroup = await meetingStreamsRead(`/grupper/${world.groupId}`);
    expect(manyHome.meetingReads).toEqual([]);
    expect(manyGroup.meetingReads).toEqual([]);
    // With the read models caught up neither page reads any stream at all, however many meetings.
    expect(fewHome.all).toEqual([]);
    expect(fewGroup.all).toEqual([]);
    expect(manyHome.all).toEqual([]);
    expect(manyGroup.all).toEqual([]);
    expect(manyGroup.page.text).toContain('Rum 30');
  });

  it('shows a meeting scheduled a moment ago before the worker has seen it, folding only that one', async () => {
    const meetingId = await schedule(30);
    const { page, meetingReads } = await meetingStreamsRead(`/grupper/${world.groupId}`);
    expect(meetingReads).toEqual([`meeting-${meetingId}`]);
    expect(page.text.match(/Rum 30/g)).toHaveLength(2);
  });

  it('shows the 20 latest past meetings on the group page, and all of them when asked', async () => {
    world.clock.set('2019-05-02T08:00:00Z');
    await project();
    const latest = await meetingStreamsRead(`/grupper/${world.groupId}`);
    const past = (html: string) => html.slice(html.indexOf('id="tidigare"'), html.indexOf('id="mall"'));
    // 30 April meetings (the 30th twice: one from the test above), the March one and the held one.
    expect(past(latest.page.text)).toContain('2019-04-30');
    expect(past(latest.page.text)).toContain('2019-04-12');
    expect(past(latest.page.text)).not.toContain('2019-04-11');
    expect(past(latest.page.text).match(/<tr>/g)).toHaveLength(1 + 20);
    expect(latest.page.text).toContain('Visa alla 33 tidigare möten');
    const all = await meetingStreamsRead(`/grupper/${world.groupId}?tidigare=alla`);
    expect(past(all.page.text).match(/<tr>/g)).toHaveLength(1 + 33);
    expect(all.page.text).not.toContain('Visa alla');
  });
});
