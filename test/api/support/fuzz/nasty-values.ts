import fc from 'fast-check';

/**
 * Values the edge must refuse wherever they are sent, whatever the endpoint's DTO: each one is
 * invalid by construction (no generated request can be a valid command that records something).
 */

/** A text with something no field accepts spliced in: NUL, or an unpaired surrogate of either half. */
export const brokenText = (base: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom('\u0000', '\ud800', '\udfff', 'a\udc00b', '\ud83d'), fc.nat({ max: base.length }))
    .map(([bad, at]) => `${base.slice(0, at)}${bad}${base.slice(at)}`);

/** Longer than any field allows (texts stop at 50,000 characters), well under the 256 kB body limit. */
export const overlongText: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 50_001, max: 60_000 }), fc.constantFrom('x', 'å', '😀'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** Nesting deeper than the edge's 32 levels, as objects, arrays or both. */
export const deepNesting: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 33, max: 3000 }), fc.boolean())
  .map(([depth, asArrays]) => {
    let value: unknown = 'botten';
    for (let level = 0; level < depth; level += 1)
      value = asArrays || level % 2 === 0 ? [value] : { v: value };
    return value;
  });

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** An object carrying one prototype key as an own property (an object literal would set the prototype). */
export const withOwnKey = (target: Record<string, unknown>, key: string, value: unknown) => {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
};

/** A replacement for one value of a valid body that no DTO accepts there. */
export const wrongValueFor = (original: unknown): fc.Arbitrary<unknown> => {
  const text = typeof original === 'string' ? original : 'text';
  const sameKindBroken =
    typeof original === 'string'
      ? [brokenText(text), overlongText]
      : typeof original === 'number'
        ? [
            fc.constant(Number.MAX_SAFE_INTEGER),
            fc.constant(-1e12),
            fc.double({ noInteger: true, noNaN: true }),
            fc.constant(String(original)),
          ]
        : typeof original === 'boolean'
          ? [fc.constantFrom('true', 1, 0)]
          : [];
  return fc.oneof(
    ...sameKindBroken,
    fc.constant(null),
    deepNesting,
    fc.constant({ [PROTOTYPE_KEYS[1]]: { admin: true } }).map((value) => withOwnKey({}, '__proto__', value)),
    // Another type where this one is expected: an object for a text, a list for an object, …
    typeof original === 'object' ? fc.oneof(fc.integer(), brokenText('fel typ')) : fc.constant({}),
    Array.isArray(original) ? fc.constant({ 0: original[0] }) : fc.constant([original, brokenText('x')]),
  );
};

/** Raw bodies sent as application/json that are no acceptable body of any endpoint. */
export const hostileRawJson: fc.Arbitrary<string> = fc.oneof(
  deepNesting.map((value) => JSON.stringify({ text: value })),
  fc.integer({ min: 33, max: 100_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 1, max: 100_000 }).map((depth) => '{"a":'.repeat(depth)),
  fc.constantFrom(...PROTOTYPE_KEYS).map((key) => `{"${key}":{"polluted":true}}`),
  fc.constantFrom(...PROTOTYPE_KEYS).map((key) => `{"x":[{"${key}":1}]}`),
  brokenText('en text').map((text) => JSON.stringify({ text, note: text })),
  brokenText('nyckel').map((key) => JSON.stringify({ [key]: 'värde' })),
  fc.constantFrom('{"text":"\\ud800"}', '{"a":"\\u0000"}', '{"a":"\\udfff\\ud800"}'),
  fc.constantFrom(
    '',
    '{',
    'null',
    '"text"',
    '12',
    'true',
    '{"a":1,}',
    '\u0000',
    '\ufeff{}',
    '{"a":1}{"b":2}',
  ),
  fc.string({ unit: 'binary', maxLength: 200 }).filter((text) => !isAcceptableObjectText(text)),
);

/** Filters out the rare generated text that happens to be a plain JSON object a bodyless command ignores. */
function isAcceptableObjectText(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

/** Media types a command must refuse with 415. */
export const wrongMediaType = fc.constantFrom(
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json-patch+json',
  'text/json',
);

/** A path segment, percent-encoded byte by byte: arbitrary text, NUL, broken UTF-8, dots, overlong. */
export const hostilePathSegment: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map(percentEncode),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map(percentEncode),
  brokenText('m-1').map(percentEncode),
  fc.constantFrom(
    '%00',
    'a%00b',
    '%ED%A0%80',
    '%FF',
    '%C0%AF',
    '%',
    '%zz',
    '..',
    '%2e%2e',
    '%2F',
    'x'.repeat(5000),
  ),
);

/** Every UTF-8 byte as %XX (an unpaired surrogate becomes U+FFFD's bytes, as a browser would send it). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}
