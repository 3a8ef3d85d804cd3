import { stateSource } from './state-source.js';

describe('where an exact read takes a group from (the row, or a fold of its stream)', () => {
  it('given a row at the stream’s version, when read, then the row is trusted (no stream is folded)', () => {
    expect(stateSource(7, 7)).toBe('row');
  });

  it('given a membership changed a moment ago (the stream one ahead of its row), when read, then the stream is folded', () => {
    expect(stateSource(7, 8)).toBe('fold');
  });

  it('given a group created a moment ago (no row yet), when read, then the stream is folded', () => {
    expect(stateSource(undefined, 1)).toBe('fold');
  });

  it('given a row ahead of its stream (a restored database), when read, then the stream is folded, not the row', () => {
    expect(stateSource(9, 8)).toBe('fold');
  });

  it('given no stream (an unknown group id), when read, then there is nothing, whatever row there is', () => {
    expect(stateSource(undefined, undefined)).toBe('none');
    expect(stateSource(3, undefined)).toBe('none');
    expect(stateSource(undefined, 0)).toBe('none');
  });
});
