/**
 * The characters a TrueType font has glyphs for, read from its cmap table. PDF/A forbids showing
 * the .notdef glyph (the empty box a font draws for a character it lacks), so text is checked
 * against this before it is laid out.
 */
export function codePointsOf(font: Buffer): Set<number> {
  const cmap = tableOffset(font, 'cmap');
  const subtables = font.readUInt16BE(cmap + 2);
  let best: { format: number; offset: number } | undefined;
  for (let index = 0; index < subtables; index++) {
    const record = cmap + 4 + index * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    const format = font.readUInt16BE(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 12 || (format === 4 && best?.format !== 12))) best = { format, offset };
  }
  if (!best) throw new Error('The font has no Unicode cmap');
  return best.format === 12 ? format12(font, best.offset) : format4(font, best.offset);
}

function tableOffset(font: Buffer, tag: string): number {
  const tables = font.readUInt16BE(4);
  for (let index = 0; index < tables; index++) {
    const record = 12 + index * 16;
    if (font.toString('latin1', record, record + 4) === tag) return font.readUInt32BE(record + 8);
  }
  throw new Error(`The font has no ${tag} table`);
}

/** Segment mapping to delta values: the BMP. */
function format4(font: Buffer, offset: number): Set<number> {
  const segments = font.readUInt16BE(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const covered = new Set<number>();
  for (let segment = 0; segment < segments; segment++) {
    const end = font.readUInt16BE(ends + segment * 2);
    const start = font.readUInt16BE(starts + segment * 2);
    const delta = font.readUInt16BE(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = font.readUInt16BE(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph = code;
      if (rangeOffset !== 0) glyph = font.readUInt16BE(rangeOffsetAt + rangeOffset + (code - start) * 2);
      if (glyph !== 0 && (glyph + delta) % 0x10000 !== 0) covered.add(code);
    }
  }
  return covered;
}

/** Segmented coverage: all of Unicode. */
function format12(font: Buffer, offset: number): Set<number> {
  const groups = font.readUInt32BE(offset + 12);
  const covered = new Set<number>();
  for (let group = 0; group < groups; group++) {
    const record = offset + 16 + group * 12;
    const start = font.readUInt32BE(record);
    const end = font.readUInt32BE(record + 4);
    const firstGlyph = font.readUInt32BE(record + 8);
    for (let code = start; code <= end; code++) if (firstGlyph + (code - start) !== 0) covered.add(code);
  }
  return covered;
}
