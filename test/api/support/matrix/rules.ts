import type { Persona, PersonaKey } from './personas.js';

/** What a user sees: let through (any answer but 401/403), refused, asked to sign in, or no such thing. */
export type Outcome = 'allowed' | 'forbidden' | 'unauthenticated' | 'not-found';

/**
 * 'resource': the path names ids of the home tenant, so another tenant must get 404 (nothing to
 * learn about what exists elsewhere). 'tenant': the route acts on the caller's own tenant.
 */
export type Scope = 'tenant' | 'resource';

/** The account whose API tokens the token rows manage: "admin or the account itself". */
export const TOKEN_OWNER: PersonaKey = 'unionMember';

interface Rule {
  /** Where the rule comes from: DOMAIN.md's words, or the design note it follows. */
  source: string;
  /** For a signed-in caller of the home tenant. */
  allows: (persona: Persona) => boolean;
}

const member = (persona: Persona) => persona.groupRole !== undefined;
const runsMeetings = (persona: Persona) =>
  persona.groupRole === 'ordförande' ||
  persona.groupRole === 'vice ordförande' ||
  persona.groupRole === 'sekreterare';
const unionMember = (persona: Persona) => member(persona) && persona.side === 'union';
const admin = (persona: Persona) => persona.roles.includes('admin');
const hr = (persona: Persona) => persona.roles.includes('hr');
/** An employee (of any unit): the matrix's group is a samverkansgrupp, whose justerade protocols are public records. */
const employee = (persona: Persona) => (persona.units ?? []).length > 0;

export const RULES = {
  'key-in-url': {
    source: 'issue 12: a private calendar feed at a URL with a revocable token; the token is the key',
    allows: () => false,
  },
  public: {
    source: 'load balancers, Prometheus, and signing in need no account',
    allows: () => true,
  },
  'any-signed-in': {
    source: 'every route needs a signed-in principal; lists show only what the caller may read',
    allows: () => true,
  },
  'organisation-admin': {
    source: "identity: 'admin' manages accounts, the organisation, its groups and their members",
    allows: admin,
  },
  'admin-or-own-account': {
    source: "identity: an account's API tokens are managed by an admin or by the account itself",
    allows: (persona) => admin(persona) || persona.key === TOKEN_OWNER,
  },
  'read-group': {
    source:
      'a group is read by its members, HR (across every group) and the admins who manage it; and by the ' +
      "employees who read its published records (DOMAIN: protocols are public records; an APT's notes are " +
      'for the employees of its unit)',
    allows: (persona) => admin(persona) || hr(persona) || member(persona) || employee(persona),
  },
  'read-meeting': {
    source:
      'DOMAIN: union representatives "read drafts", the chair and secretary run it, justerare approve it; ' +
      "HR reads everything and edits nothing (identity's Principal.roles). An employee who is no member " +
      'reads only published protocols and notes (test/api/apt.e2e.test.ts), never the meeting, its ' +
      'history or its kallelse',
    allows: (persona) => hr(persona) || member(persona) || persona.justerare === true,
  },
  'archive-meeting': {
    source:
      "issue 13: the archive package of a justerat meeting is made by the organisation's archivists " +
      "(admin, HR) and the group's sekreterare, who keeps its records; not by those who only read it",
    allows: (persona) => admin(persona) || hr(persona) || persona.groupRole === 'sekreterare',
  },
  'run-meeting': {
    source:
      'DOMAIN: the ordförande prepares the agenda, runs and closes the meeting; the sekreterare has "the same ' +
      'rights as the chair for recording"; the vice ordförande stands in for the chair (seed 002)',
    allows: runsMeetings,
  },
  'propose-agenda-item': {
    source:
      'DOMAIN: union representatives "put items on the agenda"; "Unions can propose agenda items ' +
      'themselves (the MBL §12 right)": for their own organisation; the chairs set the whole agenda',
    allows: (persona) => runsMeetings(persona) || unionMember(persona),
  },
  'protokollsanteckning-own-party': {
    source:
      'DOMAIN: a union representative adds "a protokollsanteckning", a party\'s own statement, for their ' +
      'organisation; the chairs record one for any party (a representative not recorded present gets the ' +
      "decider's 409 MEETING.NOT_PRESENT, not a 403)",
    allows: (persona) => runsMeetings(persona) || unionMember(persona),
  },
  'revise-protocol': {
    source:
      'DOMAIN: the sekreterare "revises the text when a justerare asks for a change", with the chair\'s rights ' +
      "(who acts as such in the meeting is the decider's 409 MEETING.NOT_SECRETARY, not a 403)",
    allows: runsMeetings,
  },
  'justera-own-organisation': {
    source: 'DOMAIN: "A justerare approves only for their own organisation"; only appointed justerare',
    allows: (persona) => persona.justerare === true,
  },
  'read-follow-up': {
    source: "DOMAIN: HR sees every follow-up across groups; the group's members and the responsible see it",
    allows: (persona) => hr(persona) || member(persona) || persona.responsible === true,
  },
  'follow-up-responsible-or-chair': {
    source:
      'DOMAIN: "follow-up reported / completed / rescheduled / cancelled — in the meeting where it is ' +
      'reported back, or by the responsible person"',
    allows: (persona) => runsMeetings(persona) || persona.responsible === true,
  },
} satisfies Record<string, Rule>;

export type RuleName = keyof typeof RULES;

/** The outcome the product rules give a persona on a route. */
export function outcomeFor(rule: RuleName, scope: Scope, persona: Persona): Outcome {
  if (rule === 'public') return 'allowed';
  // The key is in the URL (a calendar feed's token): an unknown one is no such thing, for anyone.
  if (rule === 'key-in-url') return 'not-found';
  if (persona.tenant === 'none') return 'unauthenticated';
  if (persona.tenant === 'other' && scope === 'resource') return 'not-found';
  return RULES[rule].allows(persona) ? 'allowed' : 'forbidden';
}
