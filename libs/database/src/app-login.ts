import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { databaseRoles } from './database-roles.js';

/** The settings that shape the application login (AppConfig has them; tests pass what they need). */
export interface AppLoginSettings {
  /** DATABASE_APP_URL: a login the operator manages; its user must be `<db>_app` or a member of it. */
  databaseAppUrl?: string;
  /** DATABASE_APP_PASSWORD: the app role's password instead of the derived one. */
  databaseAppPassword?: string;
}

/** How the service's pools (TypeORM and the event store's) log in. */
export interface AppLogin {
  url: string;
  /** The user name in url. */
  user: string;
  /**
   * The password migrateDatabase gives the app role at every start: a string, or null for none
   * (the server's own authentication decides, e.g. trust or peer). Undefined when the login comes
   * from DATABASE_APP_URL: the operator manages it and we never change it.
   */
  password?: string | null;
}

/**
 * The application login for the database in adminUrl (the configured DATABASE_URL, or the
 * embedded server's superuser URL). Without DATABASE_APP_URL it is the same server and database
 * as `<db>_app`, with DATABASE_APP_PASSWORD, else a password derived from adminUrl's: every
 * process given the same DATABASE_URL (an API and a worker) arrives at the same password with
 * nothing more to configure or store, and the app's password does not reveal the admin's. The
 * process knows the admin URL anyway (it runs the migrations), so this hides nothing from it: the
 * app role is there so that what runs on the pools cannot rewrite the log, not to keep secrets.
 */
export function appLogin(adminUrl: string, settings: AppLoginSettings = {}): AppLogin {
  if (settings.databaseAppUrl) {
    return {
      url: settings.databaseAppUrl,
      user: decodeURIComponent(new URL(settings.databaseAppUrl).username),
    };
  }
  const admin = new URL(adminUrl);
  const user = databaseRoles(databaseOf(admin)).app;
  const adminPassword = decodeURIComponent(admin.password);
  const password =
    settings.databaseAppPassword ?? (adminPassword ? derivedPassword(adminPassword, user) : null);
  const url = new URL(adminUrl);
  url.username = encodeURIComponent(user);
  url.password = password === null ? '' : encodeURIComponent(password);
  return { url: url.toString(), user, password };
}

/** As node-postgres reads it: the path, else the user's name. migrateDatabase checks it against the server. */
function databaseOf(url: URL): string {
  return decodeURIComponent(url.pathname.slice(1)) || decodeURIComponent(url.username) || 'postgres';
}

function derivedPassword(adminPassword: string, user: string): string {
  return createHmac('sha256', adminPassword).update(`samverkan app login ${user}`).digest('base64url');
}

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802, 4096 iterations as the
 * server's own default). ALTER ROLE … PASSWORD '<verifier>' stores it as given, so the password
 * itself never travels in a statement that log_statement or an error report could write out.
 * The password must be printable ASCII, where SASLprep changes nothing (AppConfig checks that).
 */
export function scramVerifier(password: string, salt = randomBytes(16), iterations = 4096): string {
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  const b64 = (bytes: Buffer) => bytes.toString('base64');
  return `SCRAM-SHA-256$${iterations}:${b64(salt)}$${b64(storedKey)}:${b64(serverKey)}`;
}
