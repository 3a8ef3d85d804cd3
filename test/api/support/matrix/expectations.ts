import type { PersonaKey } from './personas.js';
import type { Outcome, RuleName, Scope } from './rules.js';

export interface Expectation {
  rule: RuleName;
  scope: Scope;
}

const tenant = (rule: RuleName): Expectation => ({ rule, scope: 'tenant' });
const resource = (rule: RuleName): Expectation => ({ rule, scope: 'resource' });

/**
 * Every endpoint the API serves, as `METHOD path-template` exactly as in GET /api/docs-json, with
 * the product rule that decides who may call it. An endpoint the document has and this table has
 * not fails the matrix: a new route cannot ship without someone deciding who may use it.
 */
export const EXPECTATIONS: Readonly<Record<string, Expectation>> = {
  'GET /health': tenant('public'),
  'GET /health/live': tenant('public'),
  'GET /health/ready': tenant('public'),
  'GET /metrics': tenant('public'),

  'POST /api/auth/login': tenant('public'),
  'POST /api/auth/logout': tenant('public'),
  // Anyone holding a copy of a justerat document may check it (issue 13); it reveals no content.
  'POST /api/verification': tenant('public'),
  'GET /api/auth/me': tenant('any-signed-in'),
  'POST /api/accounts': tenant('organisation-admin'),
  'GET /api/accounts': tenant('organisation-admin'),
  'GET /api/accounts/{id}': resource('organisation-admin'),
  'PUT /api/accounts/{id}/roles': resource('organisation-admin'),
  'PUT /api/accounts/{id}/units': resource('organisation-admin'),
  'POST /api/accounts/{id}/disable': resource('organisation-admin'),
  'POST /api/accounts/{id}/tokens': resource('admin-or-own-account'),
  'GET /api/accounts/{id}/tokens': resource('admin-or-own-account'),
  'DELETE /api/accounts/{id}/tokens/{tokenId}': resource('admin-or-own-account'),

  'POST /api/organisation': tenant('organisation-admin'),
  'GET /api/organisation': tenant('any-signed-in'),
  'POST /api/organisation/units': tenant('organisation-admin'),
  'POST /api/organisation/union-organisations': tenant('organisation-admin'),
  'DELETE /api/organisation/union-organisations/{name}': tenant('organisation-admin'),
  'PUT /api/organisation/union-organisations/{name}/federation': tenant('organisation-admin'),
  'DELETE /api/organisation/union-organisations/{name}/federation': tenant('organisation-admin'),
  'PUT /api/organisation/reminder-lead-days': tenant('organisation-admin'),
  'PUT /api/organisation/justering-days': tenant('organisation-admin'),
  'PUT /api/organisation/identity-provider': tenant('organisation-admin'),
  'GET /api/organisation/identity-provider': tenant('organisation-admin'),
  'DELETE /api/organisation/identity-provider': tenant('organisation-admin'),

  'POST /api/groups': tenant('organisation-admin'),
  'GET /api/groups': tenant('any-signed-in'),
  'GET /api/groups/{groupId}': resource('read-group'),
  'POST /api/groups/{groupId}/members': resource('organisation-admin'),
  'POST /api/groups/{groupId}/members/{personId}/leave': resource('organisation-admin'),
  'PUT /api/groups/{groupId}/meeting-leadership': resource('organisation-admin'),
  'PUT /api/groups/{groupId}/protocol-form': resource('organisation-admin'),
  'DELETE /api/groups/{groupId}/protocol-form': resource('organisation-admin'),
  'PUT /api/groups/{groupId}/protocol-number-series/{year}': resource('organisation-admin'),
  'PUT /api/groups/{groupId}/justering': resource('organisation-admin'),
  'PUT /api/groups/{groupId}/federation-justering': resource('organisation-admin'),
  'PUT /api/groups/{groupId}/notice-times': resource('organisation-admin'),
  'POST /api/groups/{groupId}/meetings': resource('run-meeting'),

  'GET /api/meetings/{meetingId}': resource('read-meeting'),
  'GET /api/meetings/{meetingId}/history': resource('read-meeting'),
  'GET /api/meetings/{meetingId}/protocol/diff': resource('read-meeting'),
  'GET /api/meetings/{meetingId}/mail-deliveries': resource('run-meeting'),
  'GET /api/meetings/{meetingId}/documents/{file}': resource('read-meeting'),
  'GET /api/meetings/{meetingId}/archive-package': resource('archive-meeting'),
  'POST /api/meetings/{meetingId}/close': resource('run-meeting'),
  'POST /api/meetings/{meetingId}/reschedule': resource('run-meeting'),
  'POST /api/meetings/{meetingId}/cancel': resource('run-meeting'),
  'PUT /api/meetings/{meetingId}/agenda': resource('run-meeting'),
  'POST /api/meetings/{meetingId}/kallelse': resource('run-meeting'),
  'PUT /api/meetings/{meetingId}/attendance': resource('run-meeting'),
  'PUT /api/meetings/{meetingId}/justerare': resource('run-meeting'),
  'POST /api/meetings/{meetingId}/agenda/proposals': resource('propose-agenda-item'),
  'POST /api/meetings/{meetingId}/ovriga-fragor': resource('propose-agenda-item'),
  'PUT /api/meetings/{meetingId}/items/{itemId}/information': resource('run-meeting'),
  'PUT /api/meetings/{meetingId}/items/{itemId}/dialog': resource('run-meeting'),
  'PUT /api/meetings/{meetingId}/items/{itemId}/decision': resource('run-meeting'),
  'POST /api/meetings/{meetingId}/items/{itemId}/protokollsanteckningar': resource(
    'protokollsanteckning-own-party',
  ),
  'POST /api/meetings/{meetingId}/items/{itemId}/follow-ups': resource('run-meeting'),
  'PUT /api/meetings/{meetingId}/items/{itemId}/deferral': resource('run-meeting'),
  'PUT /api/meetings/{meetingId}/items/{itemId}/escalation': resource('run-meeting'),
  'PUT /api/meetings/{meetingId}/items/{itemId}/confidentiality': resource('run-meeting'),
  'POST /api/meetings/{meetingId}/protocol/revisions': resource('revise-protocol'),
  'POST /api/meetings/{meetingId}/protocol/corrections': resource('revise-protocol'),
  'POST /api/meetings/{meetingId}/protocol/justeringar': resource('justera-own-organisation'),
  'POST /api/meetings/{meetingId}/protocol/declines': resource('justera-own-organisation'),
  'POST /api/meetings/{meetingId}/protocol/justering-request': resource('revise-protocol'),
  'POST /api/meetings/{meetingId}/protocol/proposals': resource('justera-own-organisation'),
  'POST /api/meetings/{meetingId}/protocol/proposal-answers': resource('revise-protocol'),

  'GET /api/follow-ups': tenant('any-signed-in'),
  // Members see their groups' rows, HR and admins the whole organisation's.
  'GET /api/follow-ups/overview': tenant('any-signed-in'),
  'GET /api/follow-ups/overview/figures': tenant('any-signed-in'),
  'GET /api/follow-ups/overview/export.csv': tenant('any-signed-in'),
  // The token in the URL is the credential: no session is asked for.
  'GET /api/follow-ups/calendar/feed.ics': tenant('key-in-url'),
  'GET /api/follow-ups/{followUpId}': resource('read-follow-up'),
  'POST /api/follow-ups/{followUpId}/reports': resource('follow-up-responsible-or-chair'),
  'POST /api/follow-ups/{followUpId}/complete': resource('follow-up-responsible-or-chair'),
  'POST /api/follow-ups/{followUpId}/reschedule': resource('follow-up-responsible-or-chair'),
  'POST /api/follow-ups/{followUpId}/cancel': resource('follow-up-responsible-or-chair'),
};

/**
 * Cells where the API does not do what the rules above (DOMAIN.md) say. The matrix asserts what
 * the API does today, so it stays green and names each one; when the API is fixed the cell fails
 * and the entry must go. Each is in the report of issue 3.
 */
export interface Deviation {
  endpoint: string;
  persona: PersonaKey;
  api: Outcome;
  /** What the API answers, when the status class alone would hide the point. */
  body?: unknown;
  why: string;
}

/**
 * None today. The last ones (unions could not propose items or add their own protokollsanteckning,
 * the responsible could not reschedule or cancel a follow-up, and another tenant's admin got 200 []
 * listing an account's tokens) were fixed; a new one goes here, with its why, until it is fixed.
 */
export const DEVIATIONS: readonly Deviation[] = [];

export const deviationOf = (endpoint: string, persona: PersonaKey): Deviation | undefined =>
  DEVIATIONS.find((deviation) => deviation.endpoint === endpoint && deviation.persona === persona);
