/**
 * Text as the embedded font can print it. Minutes are often pasted from elsewhere, bringing tabs,
 * stray control characters, decomposed "å" (a + ring, from macOS) and symbols Roboto lacks; a missing
 * glyph prints as an empty box and, in a PDF/A file, breaks conformance.
 */
export function printableText(text: string, covered: ReadonlySet<number>): string {
  const normalised = text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ');
  let printable = '';
  for (const character of normalised) {
    const code = character.codePointAt(0) ?? 0;
    if (code === 0x0a || covered.has(code)) printable += character;
    // Invisible characters the font lacks (controls, zero-width marks) are dropped; any other
    // character becomes U+FFFD, so a reader sees that something was there.
    else if (!INVISIBLE.test(character)) printable += REPLACEMENT;
  }
  return printable;
}

/** The document with every string made printable; it is plain JSON, so a JSON round trip walks it. */
export function printableDocument<D>(document: D, covered: ReadonlySet<number>): D {
  return JSON.parse(JSON.stringify(document), (_key, value: unknown) =>
    typeof value === 'string' ? printableText(value, covered) : value,
  ) as D;
}

const INVISIBLE = /^[\p{Cc}\p{Cf}]$/u;
const REPLACEMENT = '\uFFFD';
