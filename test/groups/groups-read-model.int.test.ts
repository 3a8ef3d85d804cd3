import { CommandLoop, StreamReader, streamRef } from '#libs/event-store';
import {
  GroupDirectory,
  type GroupCommand,
  groupDecider,
  groupsProjection,
  Memberships1732363000000,
} from '#libs/groups';
import { groupStream } from '#libs/shared-kernel';
import { catchUp, type EventStoreFixture, eventStoreFixture } from '../event-store/event-store-fixture.js';

const at = '2019-02-01T09:00:00Z';
const tenantId = 'kommun-a';

/**
 * The groups read model (issue 14): every group's state as its stream folds it. The group lists
 * read it and fold only the groups whose stream is ahead of their row, so a caught-up list reads
 * no stream at all, and a list right after a change still shows it.
 */
describe('the groups read model and the group directory (real PostgreSQL)', () => {
  let fx: EventStoreFixture;
  let loop: CommandLoop;
  let directory: GroupDirectory;
  let foldedStreams: string[];

  beforeAll(async () => {
    fx = await eventStoreFixture();
    loop = new CommandLoop(fx.store);
    const reader = new StreamReader(fx.store);
    // Every stream the directory folds is noted: the figure this read model is there to cut.
    const load = reader.load.bind(reader);
    reader.load = (async (stream, decider) => {
      foldedStreams.push(stream.streamId);
      return load(stream, decider);
    }) as StreamReader['load'];
    directory = new GroupDirectory(fx.dataSource, reader);
  });
  afterAll(() => fx?.close());
  beforeEach(() => (foldedStreams = []));

  const send = (groupId: string, command: GroupCommand) =>
    loop.execute({
      stream: streamRef('group', tenantId, groupId),
      decider: groupDecider,
      envelope: { actor: 'p-admin', correlationId: 'c-1' },
      createsStream: command.type === 'CreateGroup',
      command: () => command,
    });
  const create = (groupId: string, name: string) =>
    send(groupId, {
      type: 'CreateGroup',
      data: {
        groupId,
        organisationId: 'org',
        name,
        levels: ['VSG'],
        unitId: 'u-1',
        actsAsSkyddskommitte: false,
        at,
      },
    });
  const join = (groupId: string, personId: string) =>
    send(groupId, {
      type: 'JoinGroup',
      data: {
        groupId,
        person: { personId, name: `Person ${personId}` },
        party: { side: 'employer' },
        role: 'ledamot',
        joinedOn: '2019-02-01',
        unionOrganisations: [],
        at,
      },
    });
  const project = async () => {
    const { runner } = await fx.runner(groupsProjection);
    await catchUp(fx, runner);
  };
  const foldedFromStream = async (groupId: string) =>
    (await new StreamReader(fx.store).load(groupStream(tenantId, groupId), groupDecider)).state;

  it('keeps each group as its stream folds it, and lists them without reading a stream', async () => {
    await create('g-vard', 'VSG Vård och omsorg');
    await create('g-skola', 'VSG Skola – Åsens område');
    await join('g-vard', 'p-1');
    await join('g-vard', 'p-2');
    await project();

    const listed = await directory.groups(tenantId);
    expect(foldedStreams).toEqual([]);
    // By name, as the read model orders them (the lists sort by name in Swedish anyway).
    expect(listed.map(({ groupId, version }) => [groupId, version])).toEqual([
      ['g-skola', 1],
      ['g-vard', 3],
    ]);
    for (const { groupId, state } of listed) expect(state).toEqual(await foldedFromStream(groupId));
  });

  it('folds only the group whose stream moved past its row, so a change shows at once', async () => {
    await join('g-skola', 'p-3');
    const listed = await directory.groups(tenantId);
    expect(foldedStreams).toEqual(['group-g-skola']);
    const skola = listed.find(({ groupId }) => groupId === 'g-skola');
    expect(skola?.version).toBe(2);
    expect(skola?.state.memberships.map(({ person }) => person.personId)).toEqual(['p-3']);

    await project();
    foldedStreams = [];
    await directory.groups(tenantId);
    expect(foldedStreams).toEqual([]);
  });

  it('gives the same rows after a rebuild from zero', async () => {
    const before = await fx.dataSource.query(
      'SELECT group_id, state, version FROM rm_groups ORDER BY group_id',
    );
    await fx.dataSource.query('TRUNCATE rm_groups');
    await fx.dataSource.query("DELETE FROM es_checkpoints WHERE projection = 'groups'");
    await project();
    expect(
      await fx.dataSource.query('SELECT group_id, state, version FROM rm_groups ORDER BY group_id'),
    ).toEqual(before);
  });

  const leave = (groupId: string, personId: string) =>
    send(groupId, { type: 'LeaveGroup', data: { groupId, personId, leftOn: '2019-02-02', at } });
  const memberships = () =>
    fx.dataSource.query(
      'SELECT group_id, person_id, role, party, joined_on, group_version FROM rm_memberships ORDER BY group_id, person_id',
    );

  it('finds a person’s groups by their memberships, from the rows when current and by a fold when not', async () => {
    await project();
    foldedStreams = [];
    expect(await directory.groupIdsOfMember(tenantId, 'p-1')).toEqual(['g-vard']);
    expect(await directory.groupIdsOfMember(tenantId, 'p-3')).toEqual(['g-skola']);
    expect(await directory.groupIdsOfMember(tenantId, 'p-okänd')).toEqual([]);
    expect(foldedStreams).toEqual([]);

    // p-1 leaves Vård and joins Skola: both groups are ahead of their rows until the worker runs.
    await leave('g-vard', 'p-1');
    await join('g-skola', 'p-1');
    expect(await directory.groupIdsOfMember(tenantId, 'p-1')).toEqual(['g-skola']);
    expect(foldedStreams.sort()).toEqual(['group-g-skola', 'group-g-vard']);
    await project();
    foldedStreams = [];
    expect(
      (await directory.groupsOfMember(tenantId, 'p-1')).map(({ groupId, version }) => [groupId, version]),
    ).toEqual([['g-skola', 3]]);
    expect(foldedStreams).toEqual([]);
    expect(await memberships()).toEqual([
      {
        group_id: 'g-skola',
        person_id: 'p-1',
        role: 'ledamot',
        party: { side: 'employer' },
        joined_on: '2019-02-01',
        group_version: 3,
      },
      {
        group_id: 'g-skola',
        person_id: 'p-3',
        role: 'ledamot',
        party: { side: 'employer' },
        joined_on: '2019-02-01',
        group_version: 3,
      },
      {
        group_id: 'g-vard',
        person_id: 'p-2',
        role: 'ledamot',
        party: { side: 'employer' },
        joined_on: '2019-02-01',
        group_version: 4,
      },
    ]);
  });

  it('fills rm_memberships from rm_groups when the migration runs on an existing database', async () => {
    const before = await memberships();
    const queryRunner = fx.dataSource.createQueryRunner();
    try {
      await queryRunner.query('DROP TABLE rm_memberships');
      await new Memberships1732363000000().up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    expect(await memberships()).toEqual(before);
  });
  it('reads some groups by id in one statement: rows when current, a fold when behind, in the order asked', async () => {
    await project();
    await join('g-vard', 'p-4');
    foldedStreams = [];
    const listed = await directory.groupsById(tenantId, ['g-skola', 'g-okänd', 'g-vard', 'g-skola']);
    expect(listed.map(({ groupId }) => groupId)).toEqual(['g-skola', 'g-vard']);
    expect(foldedStreams).toEqual(['group-g-vard']);
    const reader = new StreamReader(fx.store);
    for (const { groupId, state, version } of listed) {
      const folded = await reader.load(groupStream(tenantId, groupId), groupDecider);
      expect({ state, version }).toEqual({ state: folded.state, version: folded.version });
    }
    expect(await directory.groupsById(tenantId, [])).toEqual([]);
  });
});
