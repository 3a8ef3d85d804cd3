/** The organisation (the tenant) and its groups, set up by an admin, with their rules' codes. */
import { randomUUID } from 'node:crypto';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { PEOPLE, principalsOf, seedGroup, UNION_ORGANISATIONS } from './support/seed-002-group.js';

describe('organisation and groups', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp();
  });
  afterAll(() => api?.close());

  it('creates the organisation once, with its units and union organisations, readable by everyone in it', async () => {
    const people = principalsOf(`tenant-${randomUUID()}`);
    const admin = api.as(people.admin);
    await api.as(people.ssr).get('/api/organisation').expect(404);
    const created = await admin.post('/api/organisation').send({ name: 'Exempelstads kommun' }).expect(201);
    expect(created.body).toEqual({ organisationId: people.admin.tenantId, version: 1 });
    const again = await admin.post('/api/organisation').send({ name: 'Exempelstads kommun' }).expect(409);
    expect(again.body.code).toBe('ORGANISATION.ALREADY_CREATED');

    const unit = await admin
      .post('/api/organisation/units')
      .send({ name: 'Socialförvaltningen' })
      .expect(201);
    expect(unit.body.unitId).toMatch(/^[0-9a-f-]{36}$/);
    await admin
      .post('/api/organisation/units')
      .send({ unitId: 'u-vux', name: 'Vuxen', parentUnitId: unit.body.unitId })
      .expect(201);
    const taken = await admin
      .post('/api/organisation/units')
      .send({ unitId: 'u-vux', name: 'Barn, unga och familj' })
      .expect(409);
    expect(taken.body).toMatchObject({
      code: 'ORGANISATION.UNIT_ID_TAKEN',
      unitId: 'u-vux',
      existingName: 'Vuxen',
    });
    const orphan = await admin
      .post('/api/organisation/units')
      .send({ name: 'Kök', parentUnitId: 'u-finns-inte' })
      .expect(409);
    expect(orphan.body.code).toBe('ORGANISATION.UNKNOWN_PARENT_UNIT');

    for (const name of UNION_ORGANISATIONS)
      await admin.post('/api/organisation/union-organisations').send({ name }).expect(200);
    const same = await admin
      .post('/api/organisation/union-organisations')
      .send({ name: 'vision' })
      .expect(200);
    await admin.delete(`/api/organisation/union-organisations/${encodeURIComponent('Kommunal')}`).expect(200);
    const gone = await admin.delete('/api/organisation/union-organisations/Kommunal').expect(409);
    expect(gone.body.code).toBe('ORGANISATION.UNION_ORGANISATION_NOT_LISTED');

    const { body, headers } = await api.as(people.outsider).get('/api/organisation').expect(200);
    expect(body).toMatchObject({
      name: 'Exempelstads kommun',
      unionOrganisations: ['Vision', 'Akademikerförbundet SSR'],
      units: [
        { name: 'Socialförvaltningen' },
        { unitId: 'u-vux', name: 'Vuxen', parentUnitId: unit.body.unitId },
      ],
    });
    expect(headers.etag).toBe(`"${body.version}"`);
    expect(same.body.version).toBe(body.version - 1);
  });

  it('checks a new group against the organisation: its unit and parent group must exist', async () => {
    const { people, groupId } = await seedGroup(api);
    const admin = api.as(people.admin);
    const group = (overrides: object) =>
      admin.post('/api/groups').send({
        name: 'APT Kvarnen',
        levels: ['APT'],
        unitId: 'u-soc',
        actsAsSkyddskommitte: false,
        ...overrides,
      });
    expect((await group({ unitId: 'u-finns-inte' }).expect(409)).body.code).toBe('GROUP.UNKNOWN_UNIT');
    expect((await group({ parentGroupId: 'g-finns-inte' }).expect(409)).body.code).toBe(
      'GROUP.UNKNOWN_PARENT_GROUP',
    );
    const levels = await group({ levels: ['FSG', 'FSG'] }).expect(400);
    expect(levels.body.errors.map((error: { field: string }) => error.field)).toEqual(['levels']);
    await group({ levels: ['SSG'] }).expect(400);
    // The parent sits higher (APT → VSG → FSG → CSG): a CSG under the FSG/VSG is refused, nothing made.
    const before = (await admin.get('/api/groups').expect(200)).body.length;
    const upsideDown = await group({ name: 'CSG Kommunen', levels: ['CSG'], parentGroupId: groupId }).expect(
      409,
    );
    expect(upsideDown.headers['content-type']).toContain('application/problem+json');
    expect(upsideDown.body.code).toBe('GROUP.PARENT_NOT_HIGHER_LEVEL');
    expect((await admin.get('/api/groups').expect(200)).body.length).toBe(before);
    const created = await group({ parentGroupId: groupId }).expect(201);
    const { body } = await admin.get(`/api/groups/${created.body.groupId}`).expect(200);
    expect(body).toMatchObject({
      name: 'APT Kvarnen',
      levelsLabel: 'APT',
      parentGroupId: groupId,
      members: [],
      meetings: [],
    });
  });

  it('keeps membership rules: one membership at a time, a union member of a listed organisation', async () => {
    const { people, groupId } = await seedGroup(api);
    const members = `/api/groups/${groupId}/members`;
    const admin = api.as(people.admin);
    const twice = await admin
      .post(members)
      .send({ person: PEOPLE.ssr, party: { side: 'employer' }, role: 'ledamot', joinedOn: '2019-02-01' })
      .expect(409);
    expect(twice.body.code).toBe('GROUP.ALREADY_MEMBER');
    const unlisted = await admin
      .post(members)
      .send({
        person: { personId: 'p-lara', name: 'Lära Lärare' },
        party: { side: 'union', organisation: 'Sveriges Lärare' },
        role: 'ledamot',
        joinedOn: '2019-02-01',
      })
      .expect(409);
    expect(unlisted.body.code).toBe('VALIDATION.UNKNOWN_UNION_ORGANISATION');
    const early = await admin.post(`${members}/p-kent/leave`).send({ leftOn: '2018-12-31' }).expect(409);
    expect(early.body.code).toBe('GROUP.LEFT_BEFORE_JOINED');
    const stranger = await admin.post(`${members}/p-ingen/leave`).send({ leftOn: '2019-03-01' }).expect(409);
    expect(stranger.body.code).toBe('GROUP.NOT_A_MEMBER');
    const role = await admin
      .post(members)
      .send({
        person: { personId: 'p-x', name: 'X' },
        party: { side: 'employer' },
        role: 'kassör',
        joinedOn: '2019-02-01',
      })
      .expect(400);
    expect(role.body.errors[0].field).toBe('role');
  });
});
