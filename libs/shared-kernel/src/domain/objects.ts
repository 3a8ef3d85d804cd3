/**
 * Drops keys whose value is undefined, so events carry only what was given (optional fields stay
 * absent instead of `"dnr": undefined`, which JSON would drop anyway and deep equality would not).
 */
export function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/**
 * Structural equality of plain JSON-like data, independent of key order: state folded from
 * stored events (jsonb reorders keys) must compare equal to a freshly validated command.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  const entriesA = Object.entries(a).filter(([, value]) => value !== undefined);
  const entriesB = Object.entries(b).filter(([, value]) => value !== undefined);
  return (
    entriesA.length === entriesB.length &&
    entriesA.every(([key, value]) => deepEqual(value, (b as Record<string, unknown>)[key]))
  );
}
