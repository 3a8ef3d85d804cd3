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

/** Own enumerable fields (code, detail, cause ...) are kept: pg errors carry their SQLSTATE there. */
export function serializeError(error: Error): SerializedError {
  const { name, message, stack } = error;
  const serialized: SerializedError = { ...error, name, message, stack };
  if (error.cause !== undefined) serialized.cause = error.cause;
  return serialized;
}
