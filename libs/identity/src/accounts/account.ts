import type { OrganisationRole, Principal } from '../principal.js';
import { ORGANISATION_ROLES } from '../principal.js';

/** An account as the rest of the service sees it: never with its password hash. */
export interface Account {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  roles: OrganisationRole[];
  /** The units the account is an employee of (see Principal.units). */
  units: string[];
  createdAt: Date;
  /** Set once disabled: the account can no longer sign in, and its sessions and tokens stop working. */
  disabledAt: Date | null;
}

/** A row of identity_accounts, as node-postgres returns it. */
export interface AccountRow {
  id: string;
  tenant_id: string;
  email: string;
  display_name: string;
  password_hash: string;
  roles: string[];
  unit_ids: string[];
  created_at: Date;
  disabled_at: Date | null;
}

export const ACCOUNT_COLUMNS =
  'id, tenant_id, email, display_name, password_hash, roles, unit_ids, created_at, disabled_at';

export function accountFromRow(row: AccountRow): Account {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    email: row.email,
    displayName: row.display_name,
    roles: canonicalRoles(row.roles),
    units: row.unit_ids,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

export function principalFromRow(row: AccountRow, via: Principal['via']): Principal {
  return {
    accountId: row.id,
    tenantId: row.tenant_id,
    displayName: row.display_name,
    email: row.email,
    roles: canonicalRoles(row.roles),
    units: row.unit_ids,
    via,
  };
}

/** Known roles in the canonical order, without duplicates: ['hr', 'admin', 'hr'] → ['admin', 'hr']. */
export function canonicalRoles(roles: readonly string[]): OrganisationRole[] {
  return ORGANISATION_ROLES.filter((role) => roles.includes(role));
}
