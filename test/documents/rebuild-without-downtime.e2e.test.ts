/**
 * Issue 14, item 2: a rebuild replays into shadow tables and swaps them in, so while it runs a
 * document still answers 200 (not 404) and the follow-up list is not empty; what happens meanwhile
 * shows up at once and is in the model the swap brings in.
 */
import { DataSource } from 'typeorm';
import type { RebuildProgress } from '#libs/event-store';
import { followUpsProjection } from '#libs/follow-ups';
import { DOCUMENT_PROJECTIONS, kallelserProjection } from '#libs/meeting-documents';
import { type ApiTestApp, startApiTestApp } from '../api/support/api-test-app.js';
import { projectToHead, rebuildFromScratch } from '../api/support/project-to-head.js';
import { runningMeeting } from '../api/support/running-meeting.js';
import { PEOPLE, type Principals, seedGroup } from '../api/support/seed-002-group.js';

/** Holds a rebuild after its first batch until released. */
function pauseAfterFirstBatch() {
  let release!: () => void;
  let reach!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const reached = new Promise<void>((resolve) => (reach = resolve));
  let held = false;
  const onProgress = async ({ processed }: RebuildProgress) => {
    if (processed === 0 || held) return;
    held = true;
    reach();
    await released;
  };
  return { onProgress, reached, release };
}

describe('a rebuild without downtime (documents and the follow-up list)', () => {
  let api: ApiTestApp;
  let people: Principals;
  let groupId: string;
  let meetingId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ people, groupId } = await seedGroup(api));
    meetingId = await runningMeeting(api, people, groupId);
    await assignFollowUp('Utvärdera avslutningsenkäterna på Åsgården', '2019-03-25');
    await projectToHead(api.app, [...DOCUMENT_PROJECTIONS, followUpsProjection]);
  });
  afterAll(() => api?.close());

  const assignFollowUp = (action: string, dueDate: string) =>
    api
      .as(people.viceChair)
      .post(`/api/meetings/${meetingId}/items/i-dialog/follow-ups`)
      .send({ action, responsible: PEOPLE.secretary, dueDate })
      .expect(201);
  const documentRows = (kind: string) =>
    api.app
      .get(DataSource)
      .query(
        'SELECT meeting_id, revision, document, stream_version FROM rm_documents WHERE kind = $1 ORDER BY meeting_id, revision',
        [kind],
      );
  const kallelseOf = (id: string) => api.as(people.ssr).get(`/api/meetings/${id}/documents/kallelse.html`);

  it('a kallelse answers 200 during the rebuild, and a meeting planned meanwhile is in the swapped-in model', async () => {
    await kallelseOf(meetingId).expect(200);
    const protocolsBefore = await documentRows('protokoll');
    expect(protocolsBefore.length).toBeGreaterThan(0);

    const pause = pauseAfterFirstBatch();
    const rebuilding = rebuildFromScratch(api.app, kallelserProjection, {
      batchSize: 5,
      onProgress: pause.onProgress,
    });
    await Promise.race([pause.reached, rebuilding]);
    const page = await kallelseOf(meetingId).expect(200);
    expect(page.text).toContain('Webbenkät årlig uppföljning – samverkan');

    // Meanwhile a meeting is planned, and the live projection (the worker's) makes its kallelse.
    api.clock.set('2019-02-26T09:00:00Z');
    const { body } = await api
      .as(people.viceChair)
      .post(`/api/groups/${groupId}/meetings`)
      .send({ startsAt: '2019-03-25T08:30:00+01:00', endsAt: '2019-03-25T11:00:00+01:00', place: 'Kvarnen' })
      .expect(201);
    await projectToHead(api.app, [kallelserProjection]);
    await kallelseOf(body.meetingId).expect(200);
    const liveWithTheNewMeeting = await documentRows('kallelse');

    pause.release();
    await rebuilding;
    // The swapped-in model is the fold of the whole log: the same rows the live projection made.
    expect(await documentRows('kallelse')).toEqual(liveWithTheNewMeeting);
    await kallelseOf(body.meetingId).expect(200);
    // The other document projections' rows in the shared table are untouched.
    expect(await documentRows('protokoll')).toEqual(protocolsBefore);
  });

  it('the follow-up list is never empty during the rebuild, and one assigned meanwhile stays', async () => {
    const list = async () =>
      (await api.as(people.ssr).get('/api/follow-ups?status=all').expect(200)).body.map(
        (row: { action: string }) => row.action,
      );
    expect(await list()).toEqual(['Utvärdera avslutningsenkäterna på Åsgården']);

    const pause = pauseAfterFirstBatch();
    const rebuilding = rebuildFromScratch(api.app, followUpsProjection, {
      batchSize: 3,
      onProgress: pause.onProgress,
    });
    await Promise.race([pause.reached, rebuilding]);
    expect(await list()).toEqual(['Utvärdera avslutningsenkäterna på Åsgården']);
    await assignFollowUp('Redovisa tillbud för mars på Ängsgården', '2019-04-29');
    await projectToHead(api.app, [followUpsProjection]);
    const meanwhile = await list();
    expect(meanwhile).toHaveLength(2);

    pause.release();
    await rebuilding;
    expect(await list()).toEqual(meanwhile);
  });

  it('two document projections sharing rm_documents are rebuilt side by side, each to its own rows', async () => {
    const [protocols, notes] = DOCUMENT_PROJECTIONS;
    await projectToHead(api.app, DOCUMENT_PROJECTIONS);
    const before = await Promise.all([documentRows('protokoll'), documentRows('kallelse')]);
    expect(before[0].length).toBeGreaterThan(0);
    await Promise.all([
      rebuildFromScratch(api.app, protocols, { batchSize: 4 }),
      rebuildFromScratch(api.app, notes, { batchSize: 4 }),
    ]);
    expect(await Promise.all([documentRows('protokoll'), documentRows('kallelse')])).toEqual(before);
    await api.as(people.ssr).get(`/api/meetings/${meetingId}/documents/protokoll.html`).expect(200);
  });
});
