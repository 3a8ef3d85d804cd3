import { queryRows, type Sql } from '../shared/sql.js';
import type { IdentityProviderWithSecret } from './identity-provider.js';

/** SQL for identity_oidc_providers: one row per organisation, always read and written by tenant. */

interface ProviderRow {
  tenant_id: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  match_claim: string;
  display_name: string;
  updated_at: Date;
}

const COLUMNS = 'tenant_id, issuer, client_id, client_secret, match_claim, display_name, updated_at';

export async function findProvider(
  db: Sql,
  tenantId: string,
): Promise<IdentityProviderWithSecret | undefined> {
  const [row] = await queryRows<ProviderRow>(
    db,
    `SELECT ${COLUMNS} FROM identity_oidc_providers WHERE tenant_id = $1`,
    [tenantId],
  );
  return row && providerOf(row);
}

/** Inserts or replaces the organisation's provider. */
export async function upsertProvider(
  db: Sql,
  row: {
    tenantId: string;
    issuer: string;
    clientId: string;
    clientSecret: string;
    matchClaim: string;
    displayName: string;
    updatedAt: Date;
  },
): Promise<IdentityProviderWithSecret> {
  const [saved] = await queryRows<ProviderRow>(
    db,
    `INSERT INTO identity_oidc_providers (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tenant_id) DO UPDATE SET
       issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id,
       client_secret = EXCLUDED.client_secret,
       match_claim = EXCLUDED.match_claim, display_name = EXCLUDED.display_name,
       updated_at = EXCLUDED.updated_at
     RETURNING ${COLUMNS}`,
    [
      row.tenantId,
      row.issuer,
      row.clientId,
      row.clientSecret,
      row.matchClaim,
      row.displayName,
      row.updatedAt,
    ],
  );
  return providerOf(saved);
}

export async function deleteProvider(db: Sql, tenantId: string): Promise<void> {
  await db.query('DELETE FROM identity_oidc_providers WHERE tenant_id = $1', [tenantId]);
}

function providerOf(row: ProviderRow): IdentityProviderWithSecret {
  return {
    tenantId: row.tenant_id,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecret: row.client_secret,
    matchClaim: row.match_claim,
    displayName: row.display_name,
    clientSecretSet: true,
    updatedAt: row.updated_at,
  };
}
