import { icsLine, icsText, icsUri, meetingEventUid } from './ics-values.js';

describe('icsText', () => {
  it('keeps text literal, line breaks and tabs included', () => {
    const text = 'Å, ä; ö \\ <b>{{x}}</b>\n\tnästa rad';
    expect(icsText(text)).toBe(text);
  });

  it('drops controls and replaces a lone surrogate', () => {
    expect(icsText('a\u0000b\u001bc\u007f')).toBe('abc');
    expect(icsText('x\uD800y 😀')).toBe('x\uFFFDy 😀');
  });
});

describe('icsLine', () => {
  it('puts the text on one line', () => {
    expect(icsLine('  Budget\r\n  2019\rdel 2\n')).toBe('Budget 2019 del 2');
  });
});

describe('icsUri', () => {
  it('percent-encodes what the library would backslash-escape', () => {
    expect(icsUri('https://exempel.se/a,b;c')).toBe('https://exempel.se/a%2Cb%3Bc');
  });

  it('refuses what is not an absolute URL', () => {
    expect(() => icsUri('/moten/2')).toThrow(/absolute URL/);
  });
});

describe('meetingEventUid', () => {
  it('is the meeting id at the domain', () => {
    expect(meetingEventUid('6f1c2a1e-8a4b', 'Samverkan.Exempelstad.se')).toBe(
      '6f1c2a1e-8a4b@samverkan.exempelstad.se',
    );
  });

  it('refuses an empty meeting id', () => {
    expect(() => meetingEventUid('', 'exempelstad.se')).toThrow(/meetingId/);
  });
});
