/** The fields of a node-postgres DatabaseError that we branch on. */
export interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  /** es_append_streams names the stream whose expected version failed here. */
  hint?: string;
  message?: string;
}

export function asPgError(error: unknown): PgError {
  return typeof error === 'object' && error !== null ? (error as PgError) : {};
}

export const UNIQUE_VIOLATION = '23505';
/** jsonb refuses \u0000 in strings. */
export const UNTRANSLATABLE_CHARACTER = '22P05';
