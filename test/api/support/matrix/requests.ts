import { EMPLOYER, PEOPLE, SEED_ATTENDANCE, SEED_JUSTERARE } from '../seed-002-group.js';
import { type HomeTenant, LEAVING_MEMBER, RUNNING_AGENDA, UNION_TO_REMOVE } from './home-tenant.js';
import { GROUP_UNIT, type Persona, RESPONSIBLE } from './personas.js';
import { METRICS_TOKEN, type RealSignIn } from './real-sign-in.js';

/** What a request needs to be built for one persona. */
export interface Cell {
  persona: Persona;
  /** The persona's position in PERSONAS: for values that must differ between requests. */
  index: number;
  home: HomeTenant;
  real: RealSignIn;
  /** The latest protocol revision of a meeting of the home tenant and its text hash (read as the vice ordförande). */
  latestProtocol(meetingId: string): Promise<{ revision: number; textHash: string }>;
}

/**
 * How to call one endpoint: on which app (the test-principal app with the home tenant's data, or
 * the production ApiModule behind real sign-in), with which path ids and a VALID body. The body
 * must be valid: validation runs before the handler's authorization, so an invalid body would
 * answer 400 to a persona who should get 403 and hide a missing check.
 */
export interface RequestRecipe {
  endpoint: string;
  server: 'test-principal' | 'real-sign-in';
  params?: (cell: Cell) => Record<string, string>;
  body?: (cell: Cell) => unknown;
  query?: (cell: Cell) => Record<string, string>;
  /** Headers beyond the persona's credentials (the real-sign-in app only). */
  headers?: Record<string, string>;
}

const partyOf = (persona: Persona) =>
  persona.organisation === undefined
    ? EMPLOYER
    : { side: 'union' as const, organisation: persona.organisation };
const by = ({ persona }: Cell) => persona.displayName || 'någon utan konto';
const testApp = (endpoint: string, rest: Omit<RequestRecipe, 'endpoint' | 'server'> = {}): RequestRecipe => ({
  endpoint,
  server: 'test-principal',
  ...rest,
});
const realApp = (endpoint: string, rest: Omit<RequestRecipe, 'endpoint' | 'server'> = {}): RequestRecipe => ({
  endpoint,
  server: 'real-sign-in',
  ...rest,
});

const group = ({ home }: Cell) => ({ groupId: home.groupId });
const running = ({ home }: Cell) => ({ meetingId: home.meetings.running });
const onItem = (itemId: string) => (cell: Cell) => ({ ...running(cell), itemId });
const closed = ({ home }: Cell) => ({ meetingId: home.meetings.closed });
const toCancel = ({ home }: Cell) => ({ meetingId: home.meetings.toCancel });
const followUp = (which: keyof HomeTenant['followUps']) => (cell: Cell) => ({
  followUpId: cell.home.followUps[which],
});
const protocolChange = (itemId: string, record: string) => (cell: Cell) => ({
  reason: 'Justeraren bad om en ändring',
  corrections: [{ itemId, record, text: `Ändrad text, av ${by(cell)}.` }],
});

/**
 * Every request of the matrix, in the order they run. State-changing rows that are let through do
 * change state, so the order matters: reads first, then the running meeting is prepared and
 * recorded, another meeting closed, a third moved and cancelled, the closed one's protocol
 * declined, revised, justerat and corrected, the follow-ups reported, rescheduled, cancelled and
 * completed, then the admin's rows, and signing in and out last (logging out ends the personas'
 * sessions).
 */
export const REQUESTS: readonly RequestRecipe[] = [
  realApp('GET /health'),
  realApp('GET /health/live'),
  realApp('GET /health/ready'),
  realApp('GET /metrics', { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } }),
  realApp('GET /api/auth/me'),
  testApp('GET /api/organisation'),
  testApp('GET /api/groups'),
  testApp('GET /api/groups/{groupId}', { params: group }),
  testApp('GET /api/meetings/{meetingId}', { params: running }),
  testApp('GET /api/meetings/{meetingId}/history', { params: running }),
  testApp('GET /api/meetings/{meetingId}/protocol/diff', {
    params: closed,
    query: () => ({ from: '1', to: '1' }),
  }),
  testApp('GET /api/meetings/{meetingId}/mail-deliveries', { params: running }),
  testApp('GET /api/meetings/{meetingId}/documents/{file}', {
    params: (cell) => ({ ...running(cell), file: 'kallelse.json' }),
  }),
  // Closed, not justerat yet: those who may are let through to 409 MEETING.NOT_JUSTERAT.
  testApp('GET /api/meetings/{meetingId}/archive-package', { params: closed }),
  testApp('GET /api/follow-ups'),
  testApp('GET /api/follow-ups/overview'),
  testApp('GET /api/follow-ups/overview/figures'),
  testApp('GET /api/follow-ups/overview/export.csv'),
  // A token of the right form that no feed has: 404 for everyone, signed in or not.
  testApp('GET /api/follow-ups/calendar/feed.ics', { query: () => ({ token: 'a'.repeat(43) }) }),
  testApp('GET /api/follow-ups/{followUpId}', { params: followUp('main') }),
  // A hash no copy has: the same answer (200, no match) for everyone, signed in or not.
  testApp('POST /api/verification', { body: () => ({ sha256: 'ef'.repeat(32) }) }),

  testApp('PUT /api/meetings/{meetingId}/agenda', {
    params: running,
    body: () => ({ items: RUNNING_AGENDA }),
  }),
  testApp('POST /api/meetings/{meetingId}/kallelse', {
    params: running,
    body: () => ({ recipients: Object.values(PEOPLE) }),
  }),
  testApp('PUT /api/meetings/{meetingId}/attendance', {
    params: running,
    body: () => ({ attendees: SEED_ATTENDANCE }),
  }),
  testApp('PUT /api/meetings/{meetingId}/justerare', {
    params: running,
    body: () => ({ justerare: SEED_JUSTERARE }),
  }),
  testApp('POST /api/meetings/{meetingId}/agenda/proposals', {
    params: running,
    body: (cell) => ({ title: `Förslag från ${by(cell)}`, kind: 'dialog', estimatedMinutes: 15 }),
  }),
  testApp('POST /api/meetings/{meetingId}/ovriga-fragor', {
    params: running,
    body: (cell) => ({ title: `Övrig fråga från ${by(cell)}`, proposer: partyOf(cell.persona) }),
  }),

  testApp('PUT /api/meetings/{meetingId}/items/{itemId}/information', {
    params: onItem('i-info'),
    body: (cell) => ({ text: `Informationen noteras (${by(cell)}).` }),
  }),
  testApp('PUT /api/meetings/{meetingId}/items/{itemId}/dialog', {
    params: onItem('i-dialog'),
    body: (cell) => ({ text: `Parterna för dialog (${by(cell)}).` }),
  }),
  testApp('PUT /api/meetings/{meetingId}/items/{itemId}/decision', {
    params: onItem('i-beslut'),
    body: (cell) => ({ text: `Beslutet antecknas (${by(cell)}).`, outcome: 'enighet' }),
  }),
  testApp('POST /api/meetings/{meetingId}/items/{itemId}/protokollsanteckningar', {
    params: onItem('i-beslut'),
    body: (cell) => ({ party: partyOf(cell.persona), text: `Vi vill få antecknat (${by(cell)}).` }),
  }),
  testApp('POST /api/meetings/{meetingId}/items/{itemId}/follow-ups', {
    params: onItem('i-dialog'),
    body: (cell) => ({
      action: `Återkom i frågan (${by(cell)})`,
      responsible: RESPONSIBLE,
      dueDate: '2019-04-29',
    }),
  }),
  testApp('PUT /api/meetings/{meetingId}/items/{itemId}/confidentiality', {
    params: onItem('i-info'),
    body: () => ({ reason: 'Rör en enskild medarbetare' }),
  }),
  testApp('PUT /api/meetings/{meetingId}/items/{itemId}/deferral', {
    params: onItem('i-lokaler'),
    body: () => ({ reason: 'Punkten flyttas till nästa möte.' }),
  }),
  // Once escalated, the deferral above is refused 409 MEETING.ITEM_ESCALATED: let through all the same.
  testApp('PUT /api/meetings/{meetingId}/items/{itemId}/escalation', {
    params: onItem('i-lokaler'),
    body: () => ({ to: 'mbl-negotiation' }),
  }),
  testApp('POST /api/meetings/{meetingId}/close', {
    params: ({ home }) => ({ meetingId: home.meetings.toClose }),
  }),
  testApp('POST /api/meetings/{meetingId}/reschedule', {
    params: toCancel,
    // A day of its own per persona, so every one let through records a move.
    body: (cell) => ({
      startsAt: `2019-03-${String(10 + cell.index)}T08:30:00+01:00`,
      endsAt: `2019-03-${String(10 + cell.index)}T10:00:00+01:00`,
      place: 'Kvarnen',
    }),
  }),
  testApp('POST /api/meetings/{meetingId}/cancel', {
    params: toCancel,
    body: () => ({ reason: 'Mötet ställs in, ordföranden är sjuk.' }),
  }),

  testApp('POST /api/meetings/{meetingId}/protocol/declines', {
    params: closed,
    body: (cell) => ({ revision: 1, comment: `I § 7 står fel datum (${by(cell)}).` }),
  }),
  testApp('POST /api/meetings/{meetingId}/protocol/justering-request', {
    params: closed,
    // A day of its own per persona, so every one let through records a request.
    body: (cell) => ({ lastDate: `2099-03-${String(10 + cell.index)}` }),
  }),
  testApp('POST /api/meetings/{meetingId}/protocol/proposals', {
    params: closed,
    body: (cell) => ({ revision: 1, itemId: 'i-info', comment: `Fel i § 4 (${by(cell)}).` }),
  }),
  // Proposal 1 is the first justerare's above; once answered, the others are refused 409.
  testApp('POST /api/meetings/{meetingId}/protocol/proposal-answers', {
    params: closed,
    body: (cell) => ({ proposalId: '1', answer: 'rejected', reason: `Texten stämmer (${by(cell)}).` }),
  }),
  testApp('POST /api/meetings/{meetingId}/protocol/revisions', {
    params: closed,
    body: protocolChange('i-info', 'information'),
  }),
  testApp('POST /api/meetings/{meetingId}/protocol/justeringar', {
    params: closed,
    body: (cell) => cell.latestProtocol(cell.home.meetings.closed),
  }),
  testApp('POST /api/meetings/{meetingId}/protocol/corrections', {
    params: closed,
    body: protocolChange('i-dialog', 'dialog'),
  }),

  testApp('POST /api/follow-ups/{followUpId}/reports', {
    params: followUp('main'),
    body: (cell) => ({
      meetingId: cell.home.meetings.running,
      itemId: 'i-dialog',
      text: `Rapport av ${by(cell)}.`,
    }),
  }),
  testApp('POST /api/follow-ups/{followUpId}/reschedule', {
    params: followUp('main'),
    body: (cell) => ({ newDueDate: `2019-05-${String(10 + cell.index)}`, reason: 'Enkäten dröjer' }),
  }),
  testApp('POST /api/follow-ups/{followUpId}/cancel', {
    params: followUp('toCancel'),
    body: () => ({ reason: 'Frågan hanteras i LSG' }),
  }),
  testApp('POST /api/follow-ups/{followUpId}/complete', {
    params: followUp('main'),
    body: (cell) => ({ note: `Klart (${by(cell)}).` }),
  }),

  testApp('POST /api/groups/{groupId}/meetings', {
    params: group,
    body: () => ({
      startsAt: '2019-03-25T08:30:00+01:00',
      endsAt: '2019-03-25T10:00:00+01:00',
      place: 'Kvarnen',
    }),
  }),
  testApp('POST /api/groups', {
    body: () => ({ name: 'APT Kvarnen', levels: ['APT'], unitId: 'u-soc', actsAsSkyddskommitte: false }),
  }),
  testApp('POST /api/groups/{groupId}/members', {
    params: group,
    body: () => ({
      person: { personId: 'p-nils', name: 'Nils Nyström' },
      party: EMPLOYER,
      role: 'ledamot',
      joinedOn: '2019-03-01',
    }),
  }),
  testApp('POST /api/groups/{groupId}/members/{personId}/leave', {
    params: (cell) => ({ ...group(cell), personId: LEAVING_MEMBER.personId }),
    body: () => ({ leftOn: '2019-03-01' }),
  }),
  testApp('PUT /api/groups/{groupId}/meeting-leadership', {
    params: group,
    body: () => ({ unionViceChairRunsMeetings: false }),
  }),
  testApp('PUT /api/groups/{groupId}/protocol-form', {
    params: group,
    body: () => ({
      opening: [{ kind: 'öppnande', title: 'Mötets öppnande' }],
      sections: [{ sectionId: 'information', heading: 'Information', kinds: ['information'] }],
      closing: [{ kind: 'avslutande', title: 'Mötets avslutande' }],
    }),
  }),
  testApp('DELETE /api/groups/{groupId}/protocol-form', { params: group }),
  testApp('PUT /api/groups/{groupId}/protocol-number-series/{year}', {
    params: (cell) => ({ ...group(cell), year: '2019' }),
    body: () => ({ firstNumber: 7, format: 'N/YY' }),
  }),
  // The FSG/VSG is justerad by the parties: setting that again is a no-op (200) for the admin.
  testApp('PUT /api/groups/{groupId}/justering', { params: group, body: () => ({ justering: 'parties' }) }),
  // Off, as the group has it: a no-op (200) for the admin that leaves the meetings' rules alone.
  testApp('PUT /api/groups/{groupId}/federation-justering', {
    params: group,
    body: () => ({ justeringByFederation: false }),
  }),
  testApp('PUT /api/groups/{groupId}/notice-times', {
    params: group,
    body: () => ({ kallelseDays: 10, agendaDays: 5 }),
  }),
  testApp('POST /api/organisation', { body: () => ({ name: 'Exempelstads kommun' }) }),
  testApp('POST /api/organisation/units', {
    body: () => ({ unitId: 'u-kvarnen', name: 'Kvarnens äldreboende' }),
  }),
  testApp('POST /api/organisation/union-organisations', { body: () => ({ name: 'Sveriges Lärare' }) }),
  // Kommunal in LO, then out again: after the admin's first, each is a no-op (200).
  testApp('PUT /api/organisation/union-organisations/{name}/federation', {
    params: () => ({ name: 'Kommunal' }),
    body: () => ({ federation: 'LO' }),
  }),
  testApp('DELETE /api/organisation/union-organisations/{name}/federation', {
    params: () => ({ name: 'Kommunal' }),
  }),
  // 7 days, the default in force: a no-op (200) for the admin.
  testApp('PUT /api/organisation/reminder-lead-days', { body: () => ({ leadDays: 7 }) }),
  testApp('PUT /api/organisation/justering-days', { body: () => ({ days: 7 }) }),
  testApp('DELETE /api/organisation/union-organisations/{name}', {
    params: () => ({ name: UNION_TO_REMOVE }),
  }),

  // Set before it is read (an admin of either organisation then finds one), removed last.
  realApp('PUT /api/organisation/identity-provider', {
    body: () => ({
      issuer: 'https://login.exempelstad.se',
      clientId: 'samverkan',
      clientSecret: 'hemligt',
      displayName: 'Exempelstads inloggning',
    }),
  }),
  realApp('GET /api/organisation/identity-provider'),
  realApp('DELETE /api/organisation/identity-provider'),
  realApp('GET /api/accounts'),
  realApp('GET /api/accounts/{id}', { params: ({ real }) => ({ id: real.ids.targetAccount }) }),
  realApp('POST /api/accounts', {
    body: (cell) => ({
      email: `ny.${cell.persona.key.toLowerCase()}@exempelstad.se`,
      displayName: 'Ny Användare',
      password: 'ett nytt långt lösenord',
      roles: [],
    }),
  }),
  realApp('PUT /api/accounts/{id}/roles', {
    params: ({ real }) => ({ id: real.ids.targetAccount }),
    body: () => ({ roles: ['hr'] }),
  }),
  // The real-sign-in app has accounts and no organisation: the admin gets 409 ORGANISATION.NOT_CREATED.
  realApp('PUT /api/accounts/{id}/units', {
    params: ({ real }) => ({ id: real.ids.targetAccount }),
    body: () => ({ units: [GROUP_UNIT] }),
  }),
  realApp('POST /api/accounts/{id}/disable', { params: ({ real }) => ({ id: real.ids.targetAccount }) }),
  realApp('POST /api/accounts/{id}/tokens', {
    params: ({ real }) => ({ id: real.ids.tokenOwner }),
    body: () => ({ name: 'Kalenderexport' }),
  }),
  realApp('GET /api/accounts/{id}/tokens', { params: ({ real }) => ({ id: real.ids.tokenOwner }) }),
  realApp('DELETE /api/accounts/{id}/tokens/{tokenId}', {
    params: ({ real }) => ({ id: real.ids.tokenOwner, tokenId: real.ids.tokenId }),
  }),

  // Last: signing in again replaces the persona's session, signing out ends it.
  realApp('POST /api/auth/login', {
    body: ({ persona, real }) => real.credentials[persona.key] ?? real.credentials.responsible,
  }),
  realApp('POST /api/auth/logout'),
];
