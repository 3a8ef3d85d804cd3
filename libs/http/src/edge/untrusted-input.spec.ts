import { textProblem, untrustedInputProblems } from './untrusted-input.js';

describe('untrustedInputProblems', () => {
  it('passes ordinary bodies, astral characters (a well-formed surrogate pair) and å ä ö', () => {
    expect(
      untrustedInputProblems({ text: 'Åsa 😀', items: [{ title: 'ä', n: 1, ok: true, x: null }] }),
    ).toEqual([]);
  });

  it('names each broken text by its path, keys too, in the order sent', () => {
    expect(
      untrustedInputProblems({ a: 'x\u0000', items: [{ title: 'ab\ud800cd' }], ['k\udfff']: 1 }).map(
        ({ field }) => field,
      ),
    ).toEqual(['k\udfff', 'a', 'items[0].title']);
    expect(textProblem('\ud83d')).toMatch(/unpaired surrogate/);
  });

  it('refuses prototype keys anywhere', () => {
    const body = JSON.parse('{"x":[{"__proto__":{"admin":true}}],"constructor":1,"prototype":2}') as unknown;
    expect(untrustedInputProblems(body).map(({ field }) => field)).toEqual([
      'constructor',
      'prototype',
      'x[0].__proto__',
    ]);
  });

  it('stops at 32 levels without recursing, however deep the value', () => {
    let deep: unknown = 'botten';
    for (let level = 0; level < 200_000; level += 1) deep = [deep];
    expect(untrustedInputProblems({ deep })).toEqual([
      expect.objectContaining({ messages: [expect.stringMatching(/nests deeper than 32 levels$/)] }),
    ]);
    let fits: unknown = 'botten';
    for (let level = 0; level < 31; level += 1) fits = [fits];
    expect(untrustedInputProblems({ fits })).toEqual([]);
  });

  it('names the root of a path or query value by the parameter', () => {
    expect(untrustedInputProblems('m\u0000', 'meetingId')).toEqual([
      { field: 'meetingId', messages: ['meetingId must not contain the NUL character (U+0000)'] },
    ]);
  });
});
