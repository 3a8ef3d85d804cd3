import { type FollowUpState, initialFollowUpState } from '#libs/follow-ups';
import type { Principal } from '#libs/identity';
import { initialMeetingState, type MeetingState } from '#libs/meetings';
import type { MemberRole, Party } from '#libs/shared-kernel';
import { type GroupState, initialGroupState } from '../../domain/group/index.js';
import { type AccessFacts, isAllowed, type Permission, seesConfidentialItems } from './access-policy.js';

const tenantId = 'tenant-exempelstad';
const employer: Party = { side: 'employer' };
const vision: Party = { side: 'union', organisation: 'Vision' };
const kommunal: Party = { side: 'union', organisation: 'Kommunal' };

const member = (personId: string, role: MemberRole, party: Party = employer, leftOn?: string) => ({
  person: { personId, name: personId },
  party,
  role,
  joinedOn: '2019-01-01',
  ...(leftOn ? { leftOn } : {}),
});

const group: GroupState = {
  ...initialGroupState(),
  created: true,
  groupId: 'g-fsg',
  organisationId: tenantId,
  memberships: [
    member('a-ordf', 'ordförande'),
    member('a-vice', 'vice ordförande'),
    member('a-sekr', 'sekreterare'),
    member('a-ledamot', 'ledamot'),
    member('a-vision', 'ledamot', vision),
    member('a-kommunal', 'ledamot', kommunal),
    member('a-former-kommunal', 'ledamot', kommunal, '2019-01-31'),
    member('a-ansvarig', 'ledamot'),
    member('a-former', 'ordförande', employer, '2019-01-31'),
  ],
};
const meeting: MeetingState = {
  ...initialMeetingState(),
  status: 'closed',
  groupId: 'g-fsg',
  justerare: [
    { person: { personId: 'a-vision', name: 'Mårten Åberg' }, party: vision },
    { person: { personId: 'a-sekr', name: 'Sofia Hägg' }, party: employer },
  ],
};
const followUp: FollowUpState = {
  ...initialFollowUpState(),
  status: 'open',
  groupId: 'g-fsg',
  responsible: { personId: 'a-ansvarig', name: 'Åsa Öberg' },
};
const facts: AccessFacts = { group, meeting, followUp };

const principal = (accountId: string, roles: Principal['roles'] = [], tenant = tenantId): Principal => ({
  accountId,
  tenantId: tenant,
  displayName: accountId,
  email: `${accountId}@test`,
  roles,
  via: 'session',
});

const PERMISSIONS: Permission[] = [
  'organisation.read',
  'organisation.manage',
  'group.manage',
  'group.read',
  'meeting.read',
  'meeting.read-published',
  'meeting.run',
  'meeting.propose-item',
  'meeting.annotate',
  'meeting.justera',
  'meeting.archive',
  'follow-up.read',
  'follow-up.report',
  'follow-up.manage',
];

// One row per persona, one column per permission above: Y allowed, - refused. The facts name no
// party, so propose-item and annotate are for the caller's own party (see the next describe).
//                                                                org   grp  meeting            follow-up
//                                                                r m   m r  r P u p a j A      r p m
// (P: meeting.read-published, the public version of what is published: the meeting is justerat.
// A: meeting.archive, the archive package: admins, HR and the group's sekreterare.)
const MATRIX: [string, Principal, string][] = [
  ['admin (not a member)', principal('a-admin', ['admin']), '      Y Y   Y Y  - - - - - - Y      - - -'],
  ['HR (not a member)', principal('a-hr', ['hr']), '                Y -   - Y  Y Y - - - - Y      Y - -'],
  ['ordförande', principal('a-ordf'), '                                Y -   - Y  Y Y Y Y Y - -      Y Y Y'],
  ['vice ordförande', principal('a-vice'), '                          Y -   - Y  Y Y Y Y Y - -      Y Y Y'],
  ['sekreterare (employer justerare)', principal('a-sekr'), '        Y -   - Y  Y Y Y Y Y Y Y      Y Y Y'],
  ['employer ledamot', principal('a-ledamot'), '                      Y -   - Y  Y Y - - - - -      Y - -'],
  ['union justerare (Vision ledamot)', principal('a-vision'), '      Y -   - Y  Y Y - Y Y Y -      Y - -'],
  ['union ledamot (Kommunal)', principal('a-kommunal'), '            Y -   - Y  Y Y - Y Y - -      Y - -'],
  ['responsible for the follow-up', principal('a-ansvarig'), '       Y -   - Y  Y Y - - - - -      Y Y Y'],
  ['ordförande who has left', principal('a-former'), '             Y -   - -  - - - - - - -      - - -'],
  ['union ledamot who has left', principal('a-former-kommunal'), '   Y -   - -  - - - - - - -      - - -'],
  ['HR and sekreterare at once', principal('a-sekr', ['hr']), '      Y -   - Y  Y Y Y Y Y Y Y      Y Y Y'],
  ['account of the tenant, no role', principal('a-outsider'), '    Y -   - -  - - - - - - -      - - -'],
  // Facts of another tenant are never read; if a bug passed them, nothing at all is allowed.
  [
    'admin, HR and ordförande by id, other tenant',
    principal('a-ordf', ['admin', 'hr'], 'other'),
    '- -   - -  - - - - - - -      - - -',
  ],
];

describe('the access policy, as a table of persona × permission', () => {
  const cases = MATRIX.flatMap(([persona, caller, row]) => {
    const cells = row.trim().split(/\s+/);
    if (cells.length !== PERMISSIONS.length) throw new Error(`row for ${persona} has ${cells.length} cells`);
    return PERMISSIONS.map(
      (permission, index) => [persona, permission, cells[index] === 'Y', caller] as const,
    );
  });

  it.each(cases)('%s → %s: %s', (_persona, permission, allowed, caller) => {
    expect(isAllowed(caller, permission, facts)).toBe(allowed);
  });

  it('refuses everything but reading the organisation when the facts are missing', () => {
    const chair = principal('a-ordf');
    expect(PERMISSIONS.filter((permission) => isAllowed(chair, permission))).toEqual(['organisation.read']);
  });
});

describe('a union member proposes and annotates for their own organisation only', () => {
  const allowedFor = (accountId: string, party: Party) =>
    (['meeting.propose-item', 'meeting.annotate'] as const).map((permission) =>
      isAllowed(principal(accountId), permission, { ...facts, party }),
    );

  it('lets a union member act for the organisation they sit for', () => {
    expect(allowedFor('a-vision', vision)).toEqual([true, true]);
  });

  it('refuses a union member who names another organisation or the employer', () => {
    expect(allowedFor('a-vision', kommunal)).toEqual([false, false]);
    expect(allowedFor('a-vision', employer)).toEqual([false, false]);
  });

  it('refuses an employer ledamot even for the employer: they propose through the chairs', () => {
    expect(allowedFor('a-ledamot', employer)).toEqual([false, false]);
  });

  it('lets those who run the meeting act for any party: they keep the agenda and the protocol', () => {
    expect(allowedFor('a-sekr', kommunal)).toEqual([true, true]);
    expect(allowedFor('a-ordf', vision)).toEqual([true, true]);
  });
});

describe('who runs the meetings follows the group’s setting (a vice ordförande from the union side)', () => {
  const withUnionViceChair = (unionViceChairRunsMeetings: boolean): AccessFacts => ({
    ...facts,
    group: {
      ...group,
      unionViceChairRunsMeetings,
      memberships: [...group.memberships, member('a-vice-vision', 'vice ordförande', vision)],
    },
  });
  const runs = (accountId: string, setting: boolean) =>
    isAllowed(principal(accountId), 'meeting.run', withUnionViceChair(setting));

  it('refuses the union’s vice ordförande where the group’s agreement does not give them the chair', () => {
    expect(runs('a-vice-vision', false)).toBe(false);
    // Still a union member: they propose and annotate for their own organisation.
    expect(isAllowed(principal('a-vice-vision'), 'meeting.annotate', withUnionViceChair(false))).toBe(true);
  });

  it('lets the union’s vice ordförande run the meetings where the setting says so', () => {
    expect(runs('a-vice-vision', true)).toBe(true);
  });

  it('the ordförande, sekreterare and the employer’s vice ordförande run them either way', () => {
    for (const setting of [false, true]) {
      expect(['a-ordf', 'a-vice', 'a-sekr'].map((accountId) => runs(accountId, setting))).toEqual([
        true,
        true,
        true,
      ]);
    }
  });
});

describe('employees read what their workplace publishes, in the public version', () => {
  const employee = (accountId: string, units: string[]): Principal => ({ ...principal(accountId), units });
  const ofTheUnit = employee('a-medarbetare', ['unit-hemtjanst']);
  const ofAnotherUnit = employee('a-annan', ['unit-skola']);
  const apt: GroupState = {
    ...group,
    groupId: 'g-apt',
    levels: ['APT'],
    unitId: 'unit-hemtjanst',
    memberships: [],
  };
  const vsg: GroupState = { ...group, groupId: 'g-vsg', levels: ['VSG'], unitId: 'unit-hemtjanst' };
  const published = { justerare: [], publishedRevision: 1 };
  const notYet = { justerare: [] };
  const reads = (caller: Principal, facts: AccessFacts) =>
    (['group.read', 'meeting.read', 'meeting.read-published'] as const).filter((permission) =>
      isAllowed(caller, permission, facts),
    );

  it("an employee of the APT's unit reads its published notes, never the meeting itself", () => {
    expect(reads(ofTheUnit, { group: apt, meeting: published })).toEqual([
      'group.read',
      'meeting.read-published',
    ]);
  });

  it('an employee of another unit does not read the APT', () => {
    expect(reads(ofAnotherUnit, { group: apt, meeting: published })).toEqual([]);
  });

  it("a samverkansgrupp's justerade protocols are public records: every employee reads them", () => {
    expect(reads(ofTheUnit, { group: vsg, meeting: published })).toEqual([
      'group.read',
      'meeting.read-published',
    ]);
    expect(reads(ofAnotherUnit, { group: vsg, meeting: published })).toEqual([
      'group.read',
      'meeting.read-published',
    ]);
  });

  it('nothing is read before it is published (closed without justering, or justerat)', () => {
    expect(isAllowed(ofTheUnit, 'meeting.read-published', { group: apt, meeting: notYet })).toBe(false);
    expect(isAllowed(ofTheUnit, 'meeting.read-published', { group: vsg, meeting: notYet })).toBe(false);
  });

  it('an account of no unit is no employee, and employees of another tenant read nothing', () => {
    expect(reads(employee('a-ingen', []), { group: vsg, meeting: published })).toEqual([]);
    const stranger = { ...ofTheUnit, tenantId: 'other' };
    expect(reads(stranger, { group: apt, meeting: published })).toEqual([]);
  });

  it('an employee who is no member never sees confidential items', () => {
    expect(seesConfidentialItems(ofTheUnit, apt)).toBe(false);
  });
});
