import {
  SEED_002,
  SEED_002_STAFF,
  type SeedMemberKey,
  type SeedMemberRole,
  type SeedParty,
  type SeedStaffKey,
} from '#libs/seeds';

/**
 * The demo organisation: seed 002's people (invented names, from #libs/seeds) as accounts, with
 * their organisation role or group role. Person ids in the meetings are these people's account
 * ids, made when the demo is loaded.
 */
export const DEMO_TENANT = 'demo';
/** Shared by every demo account, and printed: load the demo only where that is acceptable. */
export const DEMO_PASSWORD = 'samverkan-demo-2019';

export type DemoPersonKey = SeedStaffKey | SeedMemberKey;

export interface DemoPerson {
  key: DemoPersonKey;
  name: string;
  email: string;
  /** Organisation roles of the account. */
  roles: ('admin' | 'hr')[];
  /** Membership of the FSG/VSG, for the members. */
  member?: { party: SeedParty; role: SeedMemberRole };
}

/** "Agneta Östberg" → agneta.ostberg@demo.exempelstad.se: å ä ö lose their marks, as in addresses. */
const emailOf = (name: string) =>
  `${name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, '.')}@demo.exempelstad.se`;

/** The administrator and HR, then the group's members in the order they joined. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    key: 'admin',
    name: SEED_002_STAFF.admin.name,
    email: emailOf(SEED_002_STAFF.admin.name),
    roles: ['admin'],
  },
  { key: 'hr', name: SEED_002_STAFF.hr.name, email: emailOf(SEED_002_STAFF.hr.name), roles: ['hr'] },
  ...SEED_002.members.map(({ who, party, role }) => {
    const { name } = SEED_002.people[who];
    return { key: who, name, email: emailOf(name), roles: [], member: { party, role } };
  }),
];

/** What a person is in the demo, for the list of logins. */
export const describeDemoPerson = (person: DemoPerson): string =>
  person.member
    ? `${person.member.role}${person.member.party.side === 'union' ? `, ${person.member.party.organisation}` : ''}`
    : person.roles.join(', ');
