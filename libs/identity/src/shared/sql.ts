import type { EntityManager } from 'typeorm';

/** What the identity tables are read and written through: a DataSource or a transaction's manager. */
export type Sql = Pick<EntityManager, 'query'>;

/**
 * Rows of a query. TypeORM's postgres driver answers UPDATE and DELETE with `[rows, rowCount]`
 * and everything else with the rows, so `UPDATE … RETURNING` needs unwrapping.
 */
export async function queryRows<Row>(db: Sql, text: string, parameters: unknown[] = []): Promise<Row[]> {
  const result: unknown = await db.query(text, parameters);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as Row[];
  }
  return result as Row[];
}

/** A unique-index violation (23505), optionally of one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint: violated } = error as { code?: string; constraint?: string };
  return code === '23505' && (constraint === undefined || violated === constraint);
}

/**
 * Serialises changes to one tenant's admins (last-admin rule, first admin at boot) across
 * processes; held until the surrounding transaction ends.
 */
export async function lockTenantAdmins(db: Sql, tenantId: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtextextended('identity-admins/' || $1, 0))`, [tenantId]);
}

/** `'id, name'` with alias `t` → `'t.id, t.name'`, for joins over a table's column list. */
export function qualify(columns: string, alias: string): string {
  return columns
    .split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');
}
