import { stockholmLocalToUtc } from './stockholm-local-time.js';

describe('a date and time typed in Stockholm, as a UTC instant', () => {
  it('takes +01:00 in winter and +02:00 in summer', () => {
    expect(stockholmLocalToUtc('2019-03-18', '13:00')).toBe('2019-03-18T12:00:00Z');
    expect(stockholmLocalToUtc('2019-06-10', '08.30')).toBe('2019-06-10T06:30:00Z');
  });

  it('refuses a date or time that does not exist, the skipped hour of spring included', () => {
    expect(stockholmLocalToUtc('2019-02-30', '10:00')).toBeUndefined();
    expect(stockholmLocalToUtc('2019-02-10', '24:00')).toBeUndefined();
    expect(stockholmLocalToUtc('2019-03-31', '02:30')).toBeUndefined();
    expect(stockholmLocalToUtc('', '10:00')).toBeUndefined();
  });
});
