import type { OrganisationRole } from '#libs/identity';
import type { MemberRole } from '#libs/shared-kernel';
import { PEOPLE } from '../seed-002-group.js';

/**
 * Who walks the matrix: every kind of user DOMAIN.md ("Who uses it") and the access rules know,
 * described by the facts the rules decide on rather than by name, so that a rule reads as the
 * sentence in DOMAIN.md ("the group's ordförande, vice ordförande and sekreterare run it").
 */
export interface Persona {
  key: PersonaKey;
  label: string;
  /** Organisation roles on the account (identity's Principal.roles). */
  roles: readonly OrganisationRole[];
  /** The active membership in the samverkansgrupp, if any (a member who left has none). */
  groupRole?: MemberRole;
  /** The side of that membership. */
  side?: 'employer' | 'union';
  /** On the union side: the organisation the member sits for (a protokollsanteckning is for it). */
  organisation?: string;
  /** Runs another group of the same organisation (its ordförande), with no part in this one. */
  chairsAnotherGroup?: boolean;
  /** The units the account is an employee of (identity's Principal.units). */
  units?: readonly string[];
  /** Appointed justerare of the group's meetings (seed 002: SSR's ledamot and the vice ordförande). */
  justerare?: boolean;
  /** Responsible for the group's follow-ups (the action decided in dialog). */
  responsible?: boolean;
  /** 'home': the tenant of every id in the paths; 'other': a tenant of its own; 'none': not signed in. */
  tenant: 'home' | 'other' | 'none';
  /** The person (account) id in the test-principal app; the real-sign-in app has its own uuids. */
  personId?: string;
  displayName: string;
}

export const PERSONA_KEYS = [
  'admin',
  'hr',
  'chair',
  'viceChair',
  'secretary',
  'unionMember',
  'unionJusterare',
  'ersattare',
  'skyddsombud',
  'otherGroupChair',
  'responsible',
  'formerMember',
  'outsider',
  'unitEmployee',
  'otherTenant',
  'anonymous',
] as const;
export type PersonaKey = (typeof PERSONA_KEYS)[number];

/** The unit of seed 002's FSG/VSG. */
export const GROUP_UNIT = 'u-soc';

/** Responsible for the follow-ups, and no member of the group: an enhetschef given the action. */
export const RESPONSIBLE = { personId: 'p-asa', name: 'Åsa Öberg' } as const;
/** An ersättare for Vision: stands in for its ledamot when they are away (DOMAIN: substitutes). */
export const ERSATTARE = { personId: 'p-erik', name: 'Erik Ersättare' } as const;
/** Kommunal's skyddsombud in the group, which acts as skyddskommitté (AML 6:8). */
export const SKYDDSOMBUD = { personId: 'p-sara', name: 'Sara Skyddsombud' } as const;
/** Ordförande of another group of the organisation (an LSG), with no part in the FSG/VSG. */
export const OTHER_GROUP_CHAIR = { personId: 'p-lars', name: 'Lars Ledare' } as const;
/** Was the group's ordförande in January 2019 and left on 31 January, before any meeting. */
export const FORMER_CHAIR = { personId: 'p-bertil', name: 'Bertil Ågren' } as const;

const persona = (key: PersonaKey, label: string, facts: Omit<Persona, 'key' | 'label'>): Persona => ({
  key,
  label,
  ...facts,
});

export const PERSONAS: readonly Persona[] = [
  persona('admin', 'admin (no member of the group)', {
    roles: ['admin'],
    tenant: 'home',
    personId: 'acc-admin',
    displayName: 'Ada Admin',
  }),
  persona('hr', 'HR (no member of the group)', {
    roles: ['hr'],
    tenant: 'home',
    personId: 'acc-hr',
    displayName: 'Hanna Hr',
  }),
  persona('chair', 'ordförande (absent on the day, the vice stands in)', {
    roles: [],
    groupRole: 'ordförande',
    side: 'employer',
    tenant: 'home',
    personId: PEOPLE.chair.personId,
    displayName: PEOPLE.chair.name,
  }),
  persona('viceChair', 'vice ordförande (runs the meeting, employer justerare)', {
    roles: [],
    groupRole: 'vice ordförande',
    side: 'employer',
    justerare: true,
    tenant: 'home',
    personId: PEOPLE.viceChair.personId,
    displayName: PEOPLE.viceChair.name,
  }),
  persona('secretary', 'sekreterare', {
    roles: [],
    groupRole: 'sekreterare',
    side: 'employer',
    tenant: 'home',
    personId: PEOPLE.secretary.personId,
    displayName: PEOPLE.secretary.name,
  }),
  persona('unionMember', 'ledamot for Vision (union member, not justerare)', {
    roles: [],
    groupRole: 'ledamot',
    side: 'union',
    organisation: 'Vision',
    tenant: 'home',
    personId: PEOPLE.vision.personId,
    displayName: PEOPLE.vision.name,
  }),
  persona('unionJusterare', 'appointed union justerare (ledamot for Akademikerförbundet SSR)', {
    roles: [],
    groupRole: 'ledamot',
    side: 'union',
    organisation: 'Akademikerförbundet SSR',
    justerare: true,
    tenant: 'home',
    personId: PEOPLE.ssr.personId,
    displayName: PEOPLE.ssr.name,
  }),
  persona('ersattare', 'ersättare for Vision (a member who stands in, not justerare)', {
    roles: [],
    groupRole: 'ersättare',
    side: 'union',
    organisation: 'Vision',
    tenant: 'home',
    personId: ERSATTARE.personId,
    displayName: ERSATTARE.name,
  }),
  persona('skyddsombud', "Kommunal's skyddsombud in the group (acts as skyddskommitté)", {
    roles: [],
    groupRole: 'skyddsombud',
    side: 'union',
    organisation: 'Kommunal',
    tenant: 'home',
    personId: SKYDDSOMBUD.personId,
    displayName: SKYDDSOMBUD.name,
  }),
  persona('otherGroupChair', 'ordförande of another group of the organisation (no member of this one)', {
    roles: [],
    chairsAnotherGroup: true,
    tenant: 'home',
    personId: OTHER_GROUP_CHAIR.personId,
    displayName: OTHER_GROUP_CHAIR.name,
  }),
  persona('responsible', "a follow-up's responsible person (no member of the group)", {
    roles: [],
    responsible: true,
    tenant: 'home',
    personId: RESPONSIBLE.personId,
    displayName: RESPONSIBLE.name,
  }),
  persona('formerMember', 'a member who has left (was ordförande)', {
    roles: [],
    tenant: 'home',
    personId: FORMER_CHAIR.personId,
    displayName: FORMER_CHAIR.name,
  }),
  persona('outsider', 'an account of the same organisation, no member and employed at no unit', {
    roles: [],
    tenant: 'home',
    personId: 'acc-outsider',
    displayName: 'Olle Utanför',
  }),
  persona('unitEmployee', "an employee of the group's unit (Socialförvaltningen), no member", {
    roles: [],
    units: [GROUP_UNIT],
    tenant: 'home',
    personId: 'acc-medarbetare',
    displayName: 'Maja Medarbetare',
  }),
  // The strongest stranger: admin and HR of another tenant, with the ordförande's account id.
  persona('otherTenant', "admin and HR of another tenant (with the ordförande's account id)", {
    roles: ['admin', 'hr'],
    tenant: 'other',
    personId: PEOPLE.chair.personId,
    displayName: 'Greta Grannkommun',
  }),
  persona('anonymous', 'anonymous (no credentials)', { roles: [], tenant: 'none', displayName: '' }),
];

export const personaOf = (key: PersonaKey): Persona => {
  const found = PERSONAS.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no persona ${key}`);
  return found;
};
