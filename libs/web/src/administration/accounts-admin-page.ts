import { stockholmDateTime } from '#libs/documents';
import type { OrganisationView } from '#libs/groups';
import {
  type Account,
  type ApiTokenSummary,
  type IssuedApiToken,
  ORGANISATION_ROLES,
  type OrganisationRole,
} from '#libs/identity';
import { POLICY_TEXT } from '../password/password-form.js';
import { choicesOf, errorSummaryOf, formFields, type Refusal } from './admin-form.js';
import { unitLabel, unitsInOrder } from './organisation-page.js';

export const adminAccountHref = (accountId: string) =>
  `/administration/konton/${encodeURIComponent(accountId)}`;

const ROLE_LABELS: Record<OrganisationRole, string> = {
  admin: 'Administratör: lägger upp organisationen, grupperna och kontona',
  hr: 'HR: ser alla uppföljningar i organisationen',
};
const ROLE_SHORT: Record<OrganisationRole, string> = { admin: 'Administratör', hr: 'HR' };

const roleChoices = ORGANISATION_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
const rolesText = (roles: readonly OrganisationRole[]) =>
  roles.length === 0 ? 'Inga' : roles.map((role) => ROLE_SHORT[role]).join(', ');

/** The Konton page's model (admin-konton.hbs): every account, and the form that creates one. */
export function accountsAdminPage(
  accounts: readonly Account[],
  organisation: OrganisationView,
  refusal: Refusal | null,
  done: string | null,
) {
  const form = formFields(refusal, 'konto');
  return {
    done,
    errorSummary: errorSummaryOf(refusal),
    accounts: accounts.map((account) => ({
      name: account.displayName,
      email: account.email,
      href: adminAccountHref(account.id),
      roles: rolesText(account.roles),
      units: account.units.map((unitId) => unitLabel(organisation, unitId)).join(', ') || '–',
      status: account.disabledAt ? `Inaktiverat ${stockholmDateTime(account.disabledAt)}` : 'Aktivt',
    })),
    create: {
      namn: form.field('namn'),
      epost: form.field('epost'),
      // A password is never sent back into the page, not even after a refusal.
      losenord: { ...form.field('losenord'), value: '' },
      policyText: POLICY_TEXT,
      roller: form.field('roller'),
      roles: choicesOf('konto', 'roller', roleChoices, form.chosen('roller', [])),
    },
  };
}

export interface AccountAdminRender {
  account: Account;
  organisation: OrganisationView;
  tokens: readonly ApiTokenSummary[];
  /** A token just issued: shown on this one answer, never again. */
  issued: IssuedApiToken | null;
  refusal: Refusal | null;
  done: string | null;
  /** Whether this is the admin's own account (disabling it would sign them out). */
  own: boolean;
}

/** One account's page (admin-konto.hbs): roles, units, disabling, API tokens. */
export function accountAdminPage({
  account,
  organisation,
  tokens,
  issued,
  refusal,
  done,
  own,
}: AccountAdminRender) {
  const roles = formFields(refusal, 'roller');
  const units = formFields(refusal, 'enheter');
  const token = formFields(refusal, 'nyckel');
  const disabled = account.disabledAt !== null;
  return {
    done,
    errorSummary: errorSummaryOf(refusal),
    account: {
      accountId: account.id,
      name: account.displayName,
      email: account.email,
      created: stockholmDateTime(account.createdAt),
      status: disabled ? `Inaktiverat ${stockholmDateTime(account.disabledAt as Date)}` : 'Aktivt',
      disabled,
      own,
    },
    roles: {
      field: roles.field('roller'),
      choices: choicesOf('roller', 'roller', roleChoices, roles.chosen('roller', account.roles)),
    },
    units: {
      field: units.field('enheter'),
      choices: choicesOf(
        'enheter',
        'enheter',
        unitsInOrder(organisation).map(({ unitId }) => ({
          value: unitId,
          label: unitLabel(organisation, unitId),
        })),
        units.chosen('enheter', account.units),
      ),
    },
    issued: issued ? { name: issued.name, token: issued.token } : null,
    tokens: tokens.map((entry, index) => ({
      tokenId: entry.id,
      name: entry.name,
      created: stockholmDateTime(entry.createdAt),
      lastUsed: entry.lastUsedAt ? stockholmDateTime(entry.lastUsedAt) : 'Aldrig',
      revoked: entry.revokedAt ? stockholmDateTime(entry.revokedAt) : null,
      revokeId: `aterkalla-${index}`,
    })),
    token: { namn: token.field('namn') },
  };
}
