/** The fields of a node-postgres DatabaseError that we branch on. */
export interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  /** es_append_streams names the stream whose expected version failed here. */
  hint?: string;
  message?: string;
  /** ERROR ends the statement; FATAL and PANIC end the session. */
  severity?: string;
}

export function asPgError(error: unknown): PgError {
  return typeof error === 'object' && error !== null ? (error as PgError) : {};
}

export const UNIQUE_VIOLATION = '23505';
/** jsonb refuses \u0000 in strings. */
export const UNTRANSLATABLE_CHARACTER = '22P05';

/**
 * Whether the server refused the statement and the session goes on (an ERROR response with a
 * SQLSTATE, such as a version conflict), so the connection can serve the next query.
 */
export function isStatementError(error: unknown): boolean {
  const { code, severity } = asPgError(error);
  return severity === 'ERROR' && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}
