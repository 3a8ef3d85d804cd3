/**
 * Exhaustiveness guard for `switch` over discriminated unions: adding a command or event type
 * without handling it becomes a compile error here instead of a silent no-op at runtime.
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`);
}
