/**
 * JSON.stringify that never throws: a log line must not take the request down with it.
 * Circular references become "[Circular]", Errors keep name/message/stack (JSON.stringify
 * would print `{}`), bigints become strings.
 */
export function safeJson(value: unknown): string {
  // Ancestors of the value being visited, so a repeated but non-circular reference is kept.
  const ancestors: unknown[] = [];
  return JSON.stringify(value, function replacer(this: unknown, _key: string, current: unknown) {
    if (typeof current === 'bigint') return current.toString();
    if (typeof current === 'string' && current.length > MAX_LOGGED_STRING)
      return `${current.slice(0, MAX_LOGGED_STRING)}… (${current.length} characters)`;
    if (typeof current !== 'object' || current === null) return current;
    while (ancestors.length > 0 && ancestors[ancestors.length - 1] !== this) ancestors.pop();
    if (ancestors.includes(current)) return '[Circular]';
    ancestors.push(current);
    return current instanceof Error ? serializeError(current) : current;
  });
}

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  [extra: string]: unknown;
}

/** Longer strings are cut: a failed bulk query's text ran to megabytes in one log line. */
const MAX_LOGGED_STRING = 4_000;

/**
 * Own enumerable fields (code, detail, cause ...) are kept: pg errors carry their SQLSTATE there.
 * Not a failed query's `parameters` (TypeORM's QueryFailedError): they are the rows it wrote, so
 * documents with confidential items and people's names would reach the log, megabytes at a time.
 */
export function serializeError(error: Error): SerializedError {
  const { name, message, stack } = error;
  const { parameters: _rows, ...fields } = error as Error & { parameters?: unknown };
  const serialized: SerializedError = { ...fields, name, message, stack };
  if (error.cause !== undefined) serialized.cause = error.cause;
  return serialized;
}
