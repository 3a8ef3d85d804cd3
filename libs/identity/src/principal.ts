/**
 * Who is calling, as established by authentication (session cookie or API token) and put on the
 * request as `request.principal`. Shared contract between the identity module (which sets it)
 * and every controller and authorization policy (which read it).
 *
 * Group roles (ordförande, sekreterare, ledamot …) are not here: they come from group membership,
 * where a member's person id is the account id of the person's account.
 */
export interface Principal {
  accountId: string;
  /** The organisation (tenant) the account belongs to; every read and write is scoped to it. */
  tenantId: string;
  displayName: string;
  /**
   * The account's sign-in email: who the caller is, in a form that is the same in every database
   * the same accounts are set up in (account ids are random). Ids a request creates derive from it.
   */
  email: string;
  /** Organisation-wide roles. 'hr' reads everything in the organisation and edits no meeting. */
  roles: readonly OrganisationRole[];
  /**
   * The units (from the organisation) the account is an employee of, a medarbetare: they read the
   * public version of their workplace's published protocols and notes. Left out or empty: none.
   */
  units?: readonly string[];
  /** How the caller authenticated: a browser session or a program's API token. */
  via: 'session' | 'token';
}

export type OrganisationRole = 'admin' | 'hr';

export const ORGANISATION_ROLES: readonly OrganisationRole[] = ['admin', 'hr'];
