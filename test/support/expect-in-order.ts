/** The phrases stand in `text` in this order, each found after the one before (a document's reading order). */
export function expectInOrder(text: string, phrases: readonly string[]): void {
  let from = 0;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, from);
    expect({ phrase, found: at >= 0 }).toEqual({ phrase, found: true });
    from = at + phrase.length;
  }
}
