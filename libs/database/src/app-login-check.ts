import pg from 'pg';
import { logPrivilegeProblems } from '#libs/event-store';
import { type AppLogin, scramVerifier } from './app-login.js';
import type { DatabaseRoles } from './database-roles.js';

/** Gives `<db>_app` the login's password (as a SCRAM verifier); leaves an operator's login (DATABASE_APP_URL) alone. */
export async function setAppPassword(admin: pg.Client, roles: DatabaseRoles, login: AppLogin): Promise<void> {
  if (login.password === undefined) return;
  if (login.user !== roles.app) {
    throw new Error(
      `The service would log in as ${login.user}, but this database's application role is ${roles.app}: ` +
        `name the database in DATABASE_URL's path, or set DATABASE_APP_URL`,
    );
  }
  const password = login.password === null ? 'NULL' : pg.escapeLiteral(scramVerifier(login.password));
  await admin.query(`ALTER ROLE ${pg.escapeIdentifier(roles.app)} PASSWORD ${password}`);
}

interface LoginFacts {
  superuser: boolean;
  bypass_rls: boolean;
  owner_member: boolean;
}

/**
 * Logs in exactly as the pools will and refuses to go on when that login could rewrite the log:
 * a superuser, a member of the tables' owner, or one with write rights on them (a DATABASE_APP_URL
 * naming the admin, say). Also turns a failed login into a sentence that says what to set.
 */
export async function checkAppLogin(login: AppLogin, roles: DatabaseRoles): Promise<void> {
  const client = new pg.Client({ connectionString: login.url, application_name: 'samverkan-login-check' });
  try {
    await client.connect();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== '28P01' && code !== '28000') throw error;
    throw new Error(
      `The service's database login ${login.user} was refused (${(error as Error).message}). ` +
        `Set DATABASE_APP_PASSWORD, or DATABASE_APP_URL (see "Database roles" in the README).`,
      { cause: error },
    );
  }
  try {
    const { rows } = await client.query<LoginFacts>(
      `SELECT rolsuper AS superuser, rolbypassrls AS bypass_rls,
              coalesce(pg_has_role(current_user, (SELECT oid FROM pg_roles WHERE rolname = $1), 'MEMBER'), false) AS owner_member
       FROM pg_roles WHERE rolname = current_user`,
      [roles.owner],
    );
    const facts = rows[0]!;
    const problems = [
      facts.superuser && 'is a superuser',
      facts.bypass_rls && 'bypasses row-level security',
      facts.owner_member && `is (a member of) ${roles.owner}, the owner of the tables`,
    ].filter((problem): problem is string => typeof problem === 'string');
    problems.push(...(await logPrivilegeProblems(client)));
    if (problems.length > 0) {
      throw new Error(
        `The service's database login ${login.user} ${problems.join(', ')}; it must be ${roles.app} ` +
          `or a member of it, and nothing more (see "Database roles" in the README)`,
      );
    }
  } finally {
    await client.end();
  }
}
