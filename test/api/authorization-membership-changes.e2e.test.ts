/**
 * Authorization decides on the truth right after a membership changes (issue 14): commands and
 * reads take the group from the groups read model only when its row is at the group stream's
 * version, and fold the stream when it is ahead (a change a moment ago, a worker behind). So a
 * member added a moment ago runs the meeting at once, one who left is refused at once, and a row
 * left behind by a lagging worker is never trusted; once the worker has caught up the same answers
 * come from the rows without reading the group's stream.
 */
import { DataSource } from 'typeorm';
import { PgEventStore, StreamReader } from '#libs/event-store';
import { activeMembers, groupDecider, groupsProjection } from '#libs/groups';
import { groupStream } from '#libs/shared-kernel';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead, rebuildFromScratch } from './support/project-to-head.js';
import { runningMeeting } from './support/running-meeting.js';
import { EMPLOYER, type Principals, seedGroup } from './support/seed-002-group.js';
import { streamReadsOf } from './support/stream-reads.js';

describe('authorization right after a membership changed (the read model behind, or caught up)', () => {
  let api: ApiTestApp;
  let people: Principals;
  let groupId: string;
  let meetingId: string;
  let recorded = 0;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ people, groupId } = await seedGroup(api));
    meetingId = await runningMeeting(api, people, groupId);
    await project();
  });
  afterAll(() => api?.close());

  const project = () => projectToHead(api.app, [groupsProjection]);
  const newcomer = () => people.outsider;
  /** The newcomer records the information item: 200 for one who runs the meeting, 403 otherwise. */
  const record = (status: number) =>
    streamReadsOf(() => {
      recorded += 1;
      return api
        .as(newcomer())
        .put(`/api/meetings/${meetingId}/items/i-info/information`)
        .send({ text: `Antecknat av Olle Utanför, gång ${recorded}: åtgärder för äldreomsorgen.` });
    }, status);
  const groupsListed = async () => {
    let body: { groupId: string }[] = [];
    const reads = await streamReadsOf(async () => {
      const response = await api.as(newcomer()).get('/api/groups');
      body = response.body;
      return response;
    }, 200);
    return { groupIds: body.map((group) => group.groupId), reads };
  };
  const rowOfTheGroup = async () =>
    (
      await api.app
        .get(DataSource)
        .query('SELECT state, version FROM rm_groups WHERE group_id = $1', [groupId])
    )[0] as { state: unknown; version: number };

  it('refuses an outsider from the rows, without reading the group’s stream', async () => {
    const reads = await record(403);
    expect(reads).toEqual({ meeting: { streams: 1, events: expect.any(Number) } });
    expect((await groupsListed()).groupIds).toEqual([]);
  });

  it('lets a sekreterare added a moment ago run the meeting at once: the group is folded, its row being behind', async () => {
    await api
      .as(people.admin)
      .post(`/api/groups/${groupId}/members`)
      .send({
        person: { personId: newcomer().accountId, name: 'Olle Utanför' },
        party: EMPLOYER,
        role: 'sekreterare',
        joinedOn: '2019-02-25',
      })
      .expect(200);
    const reads = await record(200);
    expect(reads.group).toEqual({ streams: 1, events: expect.any(Number) });
    // The group list and the follow-ups see the new membership as well (read-your-own-change).
    const listed = await groupsListed();
    expect(listed.groupIds).toEqual([groupId]);
    expect(listed.reads.group?.streams).toBeGreaterThan(0);
    await api.as(newcomer()).get(`/api/meetings/${meetingId}`).expect(200);
  });

  it('lets the same sekreterare run it from the rows once the worker has caught up', async () => {
    await project();
    const reads = await record(200);
    expect(reads).toEqual({ meeting: { streams: 1, events: expect.any(Number) } });
    expect(await groupsListed()).toEqual({ groupIds: [groupId], reads: {} });
  });

  it('refuses the sekreterare at once when the membership ended a moment ago, and from the rows later', async () => {
    const whileMember = await rowOfTheGroup();
    await api
      .as(people.admin)
      .post(`/api/groups/${groupId}/members/${newcomer().accountId}/leave`)
      .send({ leftOn: '2019-02-25' })
      .expect(200);
    const reads = await record(403);
    expect(reads.group).toEqual({ streams: 1, events: expect.any(Number) });
    await api.as(newcomer()).get(`/api/meetings/${meetingId}`).expect(403);
    expect((await groupsListed()).groupIds).toEqual([]);

    await project();
    expect(await record(403)).toEqual({ meeting: { streams: 1, events: expect.any(Number) } });
    expect(await groupsListed()).toEqual({ groupIds: [], reads: {} });

    // A row left behind its stream (as a lagging worker would leave it: the state and the
    // membership rows from while they were a member) is not trusted: the stream is folded.
    const db = api.app.get(DataSource);
    await db.query('UPDATE rm_groups SET state = $2, version = $3 WHERE group_id = $1', [
      groupId,
      JSON.stringify(whileMember.state),
      whileMember.version,
    ]);
    await db.query(
      `INSERT INTO rm_memberships (tenant_id, group_id, person_id, role, joined_on, group_version)
       SELECT tenant_id, group_id, $2, 'sekreterare', '2019-02-25', $3 FROM rm_groups WHERE group_id = $1`,
      [groupId, newcomer().accountId, whileMember.version],
    );
    const stale = await record(403);
    expect(stale.group).toEqual({ streams: 1, events: expect.any(Number) });
    expect((await groupsListed()).groupIds).toEqual([]);
  });

  it('still lets the group’s own sekreterare run the meeting throughout', async () => {
    await api
      .as(people.secretary)
      .put(`/api/meetings/${meetingId}/items/i-info/information`)
      .send({ text: 'Sekreteraren antecknar: inga ändringar i schemat.' })
      .expect(200);
  });

  it('keeps rm_memberships as a fold of the group has its active members, at its version, and so after a rebuild', async () => {
    const db = api.app.get(DataSource);
    const memberships = () =>
      db.query(
        `SELECT person_id, role, party, joined_on, group_version FROM rm_memberships
          WHERE group_id = $1 ORDER BY person_id`,
        [groupId],
      );
    const { state, version } = await new StreamReader(api.app.get(PgEventStore)).load(
      groupStream(people.admin.tenantId, groupId),
      groupDecider,
    );
    const expected = activeMembers(state)
      .map(({ person, role, party, joinedOn }) => ({
        person_id: person.personId,
        role,
        party: party ?? null,
        joined_on: joinedOn,
        group_version: version,
      }))
      .sort((a, b) => a.person_id.localeCompare(b.person_id));
    // The stale rows the test above left are replaced by a rebuild from the log.
    await rebuildFromScratch(api.app, groupsProjection);
    expect(await memberships()).toEqual(expected);
    expect(expected.map(({ person_id }) => person_id)).not.toContain(newcomer().accountId);
    expect(expected.length).toBeGreaterThan(3);
  });
});
