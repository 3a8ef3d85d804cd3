import type { FieldError } from '../validation-errors.js';

/** Deeper than any body of this API (an agenda item's party is 4 levels down); far below the stack's limit. */
export const MAX_BODY_DEPTH = 32;

/**
 * Keys that reach an object's prototype when copied with `obj[key] = value` (class-transformer
 * and spread helpers do): refused wherever they appear, whatever the endpoint.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reported at most this many: a body of ten thousand bad strings gets a short answer. */
const MAX_REPORTED = 20;

/** A surrogate code point with no partner: in a `u` regex a well-formed pair is one code point. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * What is wrong with one text as it enters: PostgreSQL cannot store U+0000 (jsonb nor text), and
 * an unpaired surrogate is no Unicode at all (it breaks UTF-8 encoding, URL encoding, e-mail checks).
 */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain an unpaired surrogate (not valid Unicode)';
  return undefined;
}

interface Pending {
  value: unknown;
  field: string;
  depth: number;
}

/**
 * Walks a parsed JSON value (a body, the query, a path parameter) without recursion, so that no
 * nesting can exhaust the stack here, and finds what must never reach validation: nesting deeper
 * than `maxDepth`, prototype keys, and texts (values and keys) with NUL or an unpaired surrogate.
 * `root` names the value itself in messages (empty for a body, whose fields are named bare).
 */
export function untrustedInputProblems(value: unknown, root = '', maxDepth = MAX_BODY_DEPTH): FieldError[] {
  const problems: FieldError[] = [];
  const report = (field: string, message: string) => {
    const name = field === '' ? 'the body' : field;
    problems.push({ field: name, messages: [`${name} ${message}`] });
  };
  const pending: Pending[] = [{ value, field: root, depth: 0 }];
  while (pending.length > 0 && problems.length < MAX_REPORTED) {
    const { value: current, field, depth } = pending.pop() as Pending;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) report(field, problem);
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= maxDepth) {
      report(field, `nests deeper than ${maxDepth} levels`);
      continue;
    }
    const entries = Array.isArray(current)
      ? current.map((item, index) => [`${field}[${index}]`, item] as const)
      : Object.keys(current).map(
          (key) => [childField(field, key), (current as Record<string, unknown>)[key]] as const,
        );
    if (!Array.isArray(current)) {
      for (const key of Object.keys(current)) {
        if (PROTOTYPE_KEYS.has(key)) report(childField(field, key), 'is not an accepted property name');
        else if (textProblem(key)) report(childField(field, key), `(a property name) ${textProblem(key)}`);
      }
    }
    // Reversed onto the stack, so fields are reported in the order they were sent.
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [childName, child] = entries[index] as readonly [string, unknown];
      pending.push({ value: child, field: childName, depth: depth + 1 });
    }
  }
  return problems.slice(0, MAX_REPORTED);
}

const childField = (parent: string, key: string) => (parent === '' ? key : `${parent}.${key}`);
