import type { Request, Response } from 'express';
import { isText, keysetCursor, keysetPage } from './keyset-pages.js';

class NotOurs extends Error {}

const cursor = keysetCursor<{ name: string; id: string }>(
  { name: ['n', isText], id: ['i', isText] },
  () => new NotOurs(),
);

describe('keyset pages', () => {
  it('gives the key of a row as opaque base64url, and back (its other fields left out)', () => {
    const text = cursor.encode({ name: 'Åtgärd/ä ö', id: 'g-1', other: 'x' } as { name: string; id: string });
    expect(text).toMatch(/^[\w-]+$/);
    expect(cursor.decode(text)).toEqual({ name: 'Åtgärd/ä ö', id: 'g-1' });
  });

  it.each([
    ['not base64 JSON', 'bm90LWEtY3Vyc29y'],
    ['a field of the wrong type', Buffer.from('{"n":1,"i":"x"}').toString('base64url')],
    ['a field missing', Buffer.from('{"n":"a"}').toString('base64url')],
    ['an array', Buffer.from('["a","x"]').toString('base64url')],
    ['null', Buffer.from('null').toString('base64url')],
  ])('refuses %s with the list’s own error', (_what, text) => {
    expect(() => cursor.decode(text)).toThrow(NotOurs);
  });

  it('keeps the page and links the next one only when there was a row more than the limit', () => {
    const request = { originalUrl: '/api/groups?limit=2&cursor=old' } as Request;
    const headers: Record<string, string> = {};
    const response = {
      setHeader: (name: string, value: string) => (headers[name] = value),
    } as unknown as Response;
    expect(keysetPage([1, 2], 2, String, request, response)).toEqual([1, 2]);
    expect(headers).toEqual({});
    expect(keysetPage([1, 2, 3], 2, (last) => `after-${last}`, request, response)).toEqual([1, 2]);
    expect(headers).toEqual({ Link: '</api/groups?limit=2&cursor=after-2>; rel="next"' });
  });
});
