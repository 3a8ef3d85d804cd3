/**
 * Issue 13, the workflow: the secretary asks the justerare by a last date, a union justerare
 * proposes a change to one §, the secretary accepts it (a new revision) and both justera that one;
 * bad input answers problem+json with its code and records nothing.
 */
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { closeRunningMeeting, runningMeeting } from './support/running-meeting.js';
import { type Principals, seedGroup } from './support/seed-002-group.js';

describe('justering over HTTP: request, proposal per §, answer, approval', () => {
  let api: ApiTestApp;
  let people: Principals;
  let meetingId: string;
  const path = (rest: string) => `/api/meetings/${meetingId}/${rest}`;
  const meeting = async () => (await api.as(people.secretary).get(path('')).expect(200)).body;
  const eventCount = async () =>
    (await api.as(people.secretary).get(path('history')).expect(200)).body.events.length as number;

  beforeAll(async () => {
    api = await startApiTestApp();
    let groupId: string;
    ({ people, groupId } = await seedGroup(api));
    meetingId = await runningMeeting(api, people, groupId);
    await closeRunningMeeting(api, people, meetingId);
  });
  afterAll(() => api?.close());

  it('the secretary asks for justering; without a date the last day is seven days ahead', async () => {
    api.clock.set('2019-02-25T12:00:00Z');
    await api.as(people.secretary).post(path('protocol/justering-request')).send({}).expect(200);
    const { justeringRequest, protocolStatus } = await meeting();
    expect(justeringRequest).toMatchObject({
      revision: 1,
      lastDate: '2019-03-04',
      requestedBy: { personId: people.secretary.accountId },
    });
    expect(justeringRequest.justerare.map((p: { name: string }) => p.name).sort()).toEqual(
      [people.ssr.displayName, people.viceChair.displayName].sort(),
    );
    expect(protocolStatus).toBe('awaiting justering');
  });

  it("with the organisation's justering days set to 10, a request without a date gets ten days", async () => {
    const admin = api.as(people.admin);
    for (const days of [0, 61, 2.5, '10']) {
      const refused = await admin.put('/api/organisation/justering-days').send({ days }).expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(refused.body)).toMatch(/days/);
    }
    expect((await admin.get('/api/organisation').expect(200)).body.justeringDays).toBe(7);
    await admin.put('/api/organisation/justering-days').send({ days: 10 }).expect(200);
    expect((await admin.get('/api/organisation').expect(200)).body.justeringDays).toBe(10);

    await api.as(people.secretary).post(path('protocol/justering-request')).send({}).expect(200);
    expect((await meeting()).justeringRequest).toMatchObject({ revision: 1, lastDate: '2019-03-07' });
    // A date the secretary names still wins over the organisation's days.
    await api
      .as(people.secretary)
      .post(path('protocol/justering-request'))
      .send({ lastDate: '2019-03-04' })
      .expect(200);
    expect((await meeting()).justeringRequest).toMatchObject({ revision: 1, lastDate: '2019-03-04' });
  });

  it.each<[string, object, number, string]>([
    ['a last date in the past', { lastDate: '2019-02-20' }, 409, 'MEETING.LAST_DATE_IN_PAST'],
    ['a date that does not exist', { lastDate: '2019-02-30' }, 400, 'REQUEST.INVALID'],
    ['not a date', { lastDate: 'snart' }, 400, 'REQUEST.INVALID'],
  ])('%s is refused with its code and nothing recorded', async (_case, body, status, code) => {
    const before = await eventCount();
    const response = await api.as(people.secretary).post(path('protocol/justering-request')).send(body);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(response.body)).toContain(code);
    expect(await eventCount()).toBe(before);
  });

  it('a justerare may not ask for justering (403 or MEETING.NOT_SECRETARY), nor answer proposals', async () => {
    const response = await api.as(people.ssr).post(path('protocol/justering-request')).send({});
    expect([403, 409]).toContain(response.status);
    const answer = await api
      .as(people.ssr)
      .post(path('protocol/proposal-answers'))
      .send({ proposalId: '1', answer: 'rejected', reason: 'Nej.' });
    expect([403, 409]).toContain(answer.status);
  });

  it('the SSR justerare proposes a change to § of the decision, and approvals wait for the answer', async () => {
    const decision = (await meeting()).agenda.find((item: { itemId: string }) => item.itemId === 'i-beslut');
    await api
      .as(people.ssr)
      .post(path('protocol/proposals'))
      .send({
        revision: 1,
        itemId: 'i-beslut',
        comment: 'Beslutet ska säga att uppföljningen sker i maj.',
        record: 'decision',
        wording: 'Uppföljningsdatum skrivs in i kallelsen; uppföljningen sker i maj.',
      })
      .expect(200);
    const view = await meeting();
    expect(view.protocolStatus).toBe('change requested');
    expect(view.proposals).toEqual([
      expect.objectContaining({
        proposalId: '1',
        paragraph: decision.paragraph,
        justerare: { personId: people.ssr.accountId, name: people.ssr.displayName },
        party: { side: 'union', organisation: 'Akademikerförbundet SSR' },
      }),
    ]);
    const { protocol } = view;
    const approval = await api.as(people.viceChair).post(path('protocol/justeringar')).send(protocol);
    expect(approval.status).toBe(409);
    expect(approval.body.code).toBe('MEETING.CHANGE_REQUESTED');
  });

  it.each<[string, object, number, string]>([
    ['a § that does not exist', { itemId: 'i-finns-inte' }, 409, 'MEETING.NOT_A_PARAGRAPH'],
    ['a wording without its record', { wording: 'Ny text.' }, 409, 'MEETING.WORDING_WITHOUT_RECORD'],
    ['a record that does not exist', { record: 'beslut' }, 400, '"field":"record"'],
    ['a revision that does not exist', { revision: 9 }, 409, 'MEETING.UNKNOWN_REVISION'],
    ['an empty comment', { comment: '  ' }, 400, '"field":"comment"'],
  ])(
    'a proposal with %s is refused with its code and nothing recorded',
    async (_case, change, status, code) => {
      const before = await eventCount();
      const response = await api
        .as(people.ssr)
        .post(path('protocol/proposals'))
        .send({ revision: 1, itemId: 'i-info', comment: 'Fel.', ...change });
      expect(response.status).toBe(status);
      expect(JSON.stringify(response.body)).toContain(code);
      expect(await eventCount()).toBe(before);
    },
  );

  it('the employer justerare cannot propose for SSR: only for the party they were appointed for', async () => {
    const response = await api
      .as(people.vision)
      .post(path('protocol/proposals'))
      .send({ revision: 1, itemId: 'i-info', comment: 'Vision vill ändra.' });
    expect(response.status).toBe(403);
  });

  it('the secretary accepts the proposal: revision 2 carries the wording, and the request is re-sent for it', async () => {
    api.clock.set('2019-02-26T08:00:00Z');
    await api
      .as(people.secretary)
      .post(path('protocol/proposal-answers'))
      .send({ proposalId: '1', answer: 'accepted', reason: 'Stämmer med vad som sades.' })
      .expect(200);
    const view = await meeting();
    expect(view.protocol.revision).toBe(2);
    expect(view.protocolStatus).toBe('awaiting justering');
    expect(view.proposals[0].answer).toMatchObject({ answer: 'accepted', revision: 2 });
    const decision = view.agenda.find((item: { itemId: string }) => item.itemId === 'i-beslut');
    expect(decision.records.decision.text).toBe(
      'Uppföljningsdatum skrivs in i kallelsen; uppföljningen sker i maj.',
    );
    expect(view.revisions.at(-1).reason).toContain('Ändring enligt förslag från');
    const again = await api
      .as(people.secretary)
      .post(path('protocol/proposal-answers'))
      .send({ proposalId: '1', answer: 'rejected', reason: 'Ångrar mig.' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('MEETING.PROPOSAL_ANSWERED');
    await api
      .as(people.secretary)
      .post(path('protocol/justering-request'))
      .send({ lastDate: '2019-03-05' })
      .expect(200);
    expect((await meeting()).justeringRequest).toMatchObject({ revision: 2, lastDate: '2019-03-05' });
    // What changed, per §, words marked: the SSR justerare reads it before approving revision 2.
    const diff = (await api.as(people.ssr).get(path('protocol/diff?from=1&to=2')).expect(200)).body;
    expect(diff.paragraphs).toHaveLength(1);
    const [changed] = diff.paragraphs;
    expect(changed).toMatchObject({ itemId: 'i-beslut', title: 'Webbenkät årlig uppföljning – samverkan' });
    expect(changed.records[0].record).toBe('decision');
    const added = changed.records[0].segments
      .filter((s: { change: string }) => s.change === 'added')
      .map((s: { text: string }) => s.text)
      .join('');
    expect(added).toContain('uppföljningen sker i maj');
    expect(changed.records[0].after).toBe(
      'Uppföljningsdatum skrivs in i kallelsen; uppföljningen sker i maj.',
    );
    const all = (await api.as(people.ssr).get(path('protocol/diff?from=1&to=2&all=true')).expect(200)).body;
    expect(all.paragraphs.map((p: { itemId: string }) => p.itemId)).toEqual([
      'i-info',
      'i-dialog',
      'i-beslut',
    ]);
  });

  it.each<[string, string, number]>([
    ['a revision that does not exist', 'from=1&to=9', 404],
    ['a revision that is not a number', 'from=ett&to=2', 400],
    ['a missing revision', 'to=2', 400],
  ])('a diff with %s is a clear problem', async (_case, query, status) => {
    const response = await api.as(people.ssr).get(path(`protocol/diff?${query}`));
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('both justera revision 2 and the protocol is justerat; then nothing changes it', async () => {
    const { protocol } = await meeting();
    await api.as(people.viceChair).post(path('protocol/justeringar')).send(protocol).expect(200);
    await api.as(people.ssr).post(path('protocol/justeringar')).send(protocol).expect(200);
    expect((await meeting()).protocolStatus).toBe('justerat');
    const before = await eventCount();
    const proposal = await api
      .as(people.ssr)
      .post(path('protocol/proposals'))
      .send({ revision: 2, itemId: 'i-info', comment: 'För sent.' });
    expect(proposal.body.code).toBe('MEETING.JUSTERAT');
    const request = await api.as(people.secretary).post(path('protocol/justering-request')).send({});
    expect(request.body.code).toBe('MEETING.JUSTERAT');
    expect(await eventCount()).toBe(before);
  });
});
