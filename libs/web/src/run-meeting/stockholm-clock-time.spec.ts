import { stockholmInstant } from './stockholm-clock-time.js';

describe('a time of day typed on the meeting’s day in Stockholm', () => {
  it('is CET in winter and CEST in summer, with a dot or a colon', () => {
    expect(stockholmInstant('2019-03-18', '13.05')).toBe('2019-03-18T12:05:00Z');
    expect(stockholmInstant('2019-06-10', '9:30')).toBe('2019-06-10T07:30:00Z');
    expect(stockholmInstant('2019-12-31', '23.59')).toBe('2019-12-31T22:59:00Z');
  });

  it('is null for what is no time of day', () => {
    for (const typed of ['', '25.00', '13.60', 'kl 13', '1305']) {
      expect(stockholmInstant('2019-03-18', typed)).toBeNull();
    }
  });
});
