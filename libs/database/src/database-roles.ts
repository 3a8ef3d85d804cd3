/**
 * The two roles of one service database. Roles are cluster-wide, so each database gets its own
 * pair, named after it: one database's grants never reach another's (test databases share a
 * server, and so may a production and a staging database), and two databases migrating at the
 * same moment never race to create the same role. The migrations derive the same names in SQL
 * (`current_database() || '_owner'` and `'_app'`); keep the two in step.
 */
export interface DatabaseRoles {
  /** Owns every table, sequence and function; migrations run as it. Cannot log in. */
  owner: string;
  /** The service's pools log in as it: not a superuser, not an owner, reads the log, appends only through es_append. */
  app: string;
}

/** PostgreSQL's NAMEDATALEN - 1: a longer name would be cut silently, and two databases could share roles. */
const MAX_NAME_BYTES = 63;

export function databaseRoles(database: string): DatabaseRoles {
  const roles = { owner: `${database}_owner`, app: `${database}_app` };
  if (Buffer.byteLength(roles.owner) > MAX_NAME_BYTES) {
    throw new Error(
      `The database name "${database}" is too long for its role names ("${roles.owner}" must fit in ${MAX_NAME_BYTES} bytes)`,
    );
  }
  return roles;
}
