import type { MemberRole, Party } from '#libs/meetings';

/**
 * The demo organisation: who signs in, with which organisation role or group role. The people of
 * seed 002 are real, so these are invented (the same names as the seed 002 tests). Person ids in
 * the meetings are these people's account ids, made when the demo is loaded.
 */
export const DEMO_TENANT = 'demo';
/** Shared by every demo account, and printed: load the demo only where that is acceptable. */
export const DEMO_PASSWORD = 'samverkan-demo-2019';
export const DEMO_ORGANISATION = 'Exempelstads kommun';
export const DEMO_UNIT = { unitId: 'u-soc', name: 'Socialförvaltningen' } as const;
export const DEMO_GROUP_NAME = 'FSG/VSG Socialförvaltningen';

export const EMPLOYER: Party = { side: 'employer' };
export const KOMMUNAL: Party = { side: 'union', organisation: 'Kommunal' };
export const VISION: Party = { side: 'union', organisation: 'Vision' };
export const SSR: Party = { side: 'union', organisation: 'Akademikerförbundet SSR' };
export const UNION_ORGANISATIONS = ['Kommunal', 'Vision', 'Akademikerförbundet SSR'];

export type DemoPersonKey =
  'admin' | 'hr' | 'chair' | 'viceChair' | 'secretary' | 'ssr' | 'vision' | 'kommunal';

export interface DemoPerson {
  key: DemoPersonKey;
  name: string;
  email: string;
  /** Organisation roles of the account. */
  roles: ('admin' | 'hr')[];
  /** Membership of the FSG/VSG, for the members. */
  member?: { party: Party; role: MemberRole };
}

const email = (local: string) => `${local}@demo.exempelstad.se`;

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { key: 'admin', name: 'Ada Åström', email: email('ada.astrom'), roles: ['admin'] },
  { key: 'hr', name: 'Hanna Öhman', email: email('hanna.ohman'), roles: ['hr'] },
  {
    key: 'chair',
    name: 'Agneta Östberg',
    email: email('agneta.ostberg'),
    roles: [],
    member: { party: EMPLOYER, role: 'ordförande' },
  },
  {
    key: 'viceChair',
    name: 'Jenny Gräslund',
    email: email('jenny.graslund'),
    roles: [],
    member: { party: EMPLOYER, role: 'vice ordförande' },
  },
  {
    key: 'secretary',
    name: 'Sofia Hägg',
    email: email('sofia.hagg'),
    roles: [],
    member: { party: EMPLOYER, role: 'sekreterare' },
  },
  {
    key: 'ssr',
    name: 'Cornelia Sjöström',
    email: email('cornelia.sjostrom'),
    roles: [],
    member: { party: SSR, role: 'ledamot' },
  },
  {
    key: 'vision',
    name: 'Mårten Åberg',
    email: email('marten.aberg'),
    roles: [],
    member: { party: VISION, role: 'ledamot' },
  },
  {
    key: 'kommunal',
    name: 'Kent Lööf',
    email: email('kent.loof'),
    roles: [],
    member: { party: KOMMUNAL, role: 'ledamot' },
  },
];

/** What a person is in the demo, for the list of logins. */
export const describeDemoPerson = (person: DemoPerson): string =>
  person.member
    ? `${person.member.role}${person.member.party.side === 'union' ? `, ${person.member.party.organisation}` : ''}`
    : person.roles.join(', ');
