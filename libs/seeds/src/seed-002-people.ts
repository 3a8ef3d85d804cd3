/**
 * The people of seed 002 and the parties they sit for. The seed's people are real, so these names
 * are invented; the roles, the absences and who stands in for whom are the seed's. The shapes
 * match the meetings domain (Party, PersonRef, MemberRole) without importing it: this library is
 * pure data that the domain's own specs, the demo and the tests can all load.
 */

export type SeedParty = { side: 'employer' } | { side: 'union'; organisation: string };

export const EMPLOYER = { side: 'employer' } as const;
export const KOMMUNAL = { side: 'union', organisation: 'Kommunal' } as const;
export const VISION = { side: 'union', organisation: 'Vision' } as const;
export const SSR = { side: 'union', organisation: 'Akademikerförbundet SSR' } as const;
/** The organisation's union organisations, in the order they are registered. */
export const UNION_ORGANISATIONS = ['Kommunal', 'Vision', 'Akademikerförbundet SSR'];

export interface SeedPerson {
  personId: string;
  name: string;
}

/**
 * The members of the FSG/VSG. Person ids are fixed here for the specs and tests that have no
 * accounts; the demo replaces them with the ids of the accounts it creates.
 */
export const SEED_002_PEOPLE = {
  chair: { personId: 'p-agneta', name: 'Agneta Östberg' },
  viceChair: { personId: 'p-jenny', name: 'Jenny Gräslund' },
  secretary: { personId: 'p-sofia', name: 'Sofia Hägg' },
  ssr: { personId: 'p-cornelia', name: 'Cornelia Sjöström' },
  vision: { personId: 'p-marten', name: 'Mårten Åberg' },
  kommunal: { personId: 'p-kent', name: 'Kent Lööf' },
} as const satisfies Record<string, SeedPerson>;
export type SeedMemberKey = keyof typeof SEED_002_PEOPLE;

/** The organisation's administrator and HR: accounts, not members of the group. */
export const SEED_002_STAFF = {
  admin: { personId: 'p-ada', name: 'Ada Åström' },
  hr: { personId: 'p-hanna', name: 'Hanna Öhman' },
} as const satisfies Record<string, SeedPerson>;
export type SeedStaffKey = keyof typeof SEED_002_STAFF;

export type SeedMemberRole = 'ordförande' | 'vice ordförande' | 'sekreterare' | 'ledamot';

export interface SeedMember {
  who: SeedMemberKey;
  party: SeedParty;
  role: SeedMemberRole;
}

/** The group's members, in the order they joined (all on 2019-01-01). */
export const SEED_002_MEMBERS: readonly SeedMember[] = [
  { who: 'chair', party: EMPLOYER, role: 'ordförande' },
  { who: 'viceChair', party: EMPLOYER, role: 'vice ordförande' },
  { who: 'secretary', party: EMPLOYER, role: 'sekreterare' },
  { who: 'ssr', party: SSR, role: 'ledamot' },
  { who: 'vision', party: VISION, role: 'ledamot' },
  { who: 'kommunal', party: KOMMUNAL, role: 'ledamot' },
];
export const SEED_002_JOINED_ON = '2019-01-01';

/** 25 February: the ordförande and Kommunal are absent; the vice ordförande stands in and chairs. */
export const SEED_002_PRESENCE: readonly {
  who: SeedMemberKey;
  presence: 'present' | 'absent';
  replaces?: SeedMemberKey;
}[] = [
  { who: 'chair', presence: 'absent' },
  { who: 'viceChair', presence: 'present', replaces: 'chair' },
  { who: 'secretary', presence: 'present' },
  { who: 'ssr', presence: 'present' },
  { who: 'vision', presence: 'present' },
  { who: 'kommunal', presence: 'absent' },
];

/** One justerare for Akademikerförbundet SSR, then one for the employer, each for their own party. */
export const SEED_002_JUSTERARE: readonly SeedMemberKey[] = ['ssr', 'viceChair'];

/** A member's party and group role. */
export const memberOf = (who: SeedMemberKey): SeedMember =>
  SEED_002_MEMBERS.find((member) => member.who === who) as SeedMember;

/**
 * The närvarolista and the justerare in the shapes the domain and the API take, with the person
 * ids `person` gives (the fixed ones by default; the demo's account ids).
 */
export function seed002Attendance(person: (who: SeedMemberKey) => SeedPerson = personRef) {
  return SEED_002_PRESENCE.map(({ who, presence, replaces }) => ({
    person: person(who),
    party: memberOf(who).party,
    role: memberOf(who).role,
    presence,
    ...(replaces === undefined ? {} : { replaces: person(replaces).personId }),
  }));
}

export function seed002Justerare(person: (who: SeedMemberKey) => SeedPerson = personRef) {
  return SEED_002_JUSTERARE.map((who) => ({ person: person(who), party: memberOf(who).party }));
}

function personRef(who: SeedMemberKey): SeedPerson {
  return SEED_002_PEOPLE[who];
}
