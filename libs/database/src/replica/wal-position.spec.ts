import { formatWalPosition, parseWalPosition } from './wal-position.js';

describe('WAL positions (pg_lsn)', () => {
  it('reads them as PostgreSQL prints them and orders them as it does', () => {
    expect(parseWalPosition('0/18F6D18')).toBe(0x18f6d18n);
    expect(parseWalPosition('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
    expect(parseWalPosition('1/0')! > parseWalPosition('0/FFFFFFFF')!).toBe(true);
    expect(parseWalPosition(' a/b ')).toBe((0xan << 32n) | 0xbn);
  });

  it('gives back what it read', () => {
    for (const text of ['0/0', '0/18F6D18', '16/B374D848', 'FFFFFFFF/FFFFFFFF']) {
      expect(formatWalPosition(parseWalPosition(text)!)).toBe(text);
    }
  });

  it.each([undefined, '', '0', '0/', '/1', '1/2/3', 'ölgäst/ÅÄÖ', '123456789/0', '0x1/2', '-1/2'])(
    'ignores %p, which is no position',
    (text) => expect(parseWalPosition(text)).toBeUndefined(),
  );
});
