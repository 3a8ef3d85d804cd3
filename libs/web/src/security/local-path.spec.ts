import { localPath, signInPathFor } from './local-path.js';

describe('the next parameter of the sign-in page', () => {
  it.each([
    ['/', '/'],
    ['/api/meetings/m-1/documents/kallelse.html', '/api/meetings/m-1/documents/kallelse.html'],
    ['/grupper?visa=alla#mote', '/grupper?visa=alla#mote'],
    ['/%C3%A5tg%C3%A4rder', '/%C3%A5tg%C3%A4rder'],
  ])('keeps the local path %s', (next, kept) => {
    expect(localPath(next)).toBe(kept);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example',
    'javascript:alert(1)',
    'evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '',
    '/logga-in',
    `/${'a'.repeat(2001)}`,
  ])('sends %j home instead (no open redirect)', (next) => {
    expect(localPath(next)).toBe('/');
  });

  it('ignores what is not text', () => {
    expect(localPath(['/a', '/b'])).toBe('/');
    expect(localPath(undefined)).toBe('/');
  });

  it('makes the sign-in link that comes back', () => {
    expect(signInPathFor('/api/meetings/m 1/documents/kallelse.html')).toBe(
      '/logga-in?next=%2Fapi%2Fmeetings%2Fm%25201%2Fdocuments%2Fkallelse.html',
    );
    expect(signInPathFor('/')).toBe('/logga-in');
  });
});
