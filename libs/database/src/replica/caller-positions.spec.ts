import { CallerPositions } from './caller-positions.js';

describe('CallerPositions', () => {
  let now = 0;
  const positions = () => new CallerPositions(1_000, () => now);
  beforeEach(() => (now = 0));

  it("keeps each caller's latest position, never moving it back", () => {
    const callers = positions();
    callers.note('exempelstad/åsa', 10n);
    callers.note('exempelstad/åsa', 7n);
    callers.note('exempelstad/örjan', 3n);
    expect(callers.positionOf('exempelstad/åsa')).toBe(10n);
    expect(callers.positionOf('exempelstad/örjan')).toBe(3n);
    expect(callers.positionOf('exempelstad/ärla')).toBeUndefined();
  });

  it('forgets a position after its time to live, counted from the last write', () => {
    const callers = positions();
    callers.note('a', 5n);
    now = 900;
    callers.note('a', 6n);
    now = 1_800;
    expect(callers.positionOf('a')).toBe(6n);
    now = 1_900;
    expect(callers.positionOf('a')).toBeUndefined();
  });

  it('says a caller is writing until each of their running writes has ended, once', () => {
    const callers = positions();
    const first = callers.beginWrite('a');
    const second = callers.beginWrite('a');
    first();
    first(); // a second call changes nothing
    expect(callers.isWriting('a')).toBe(true);
    second();
    expect(callers.isWriting('a')).toBe(false);
    expect(callers.isWriting('b')).toBe(false);
  });
});
