import { paceOf, progressBar } from './progress-bar.js';

/** A pipe (not a terminal) that keeps what is written to it. */
function pipe() {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (text: string) => lines.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, lines };
}

describe('the rebuild progress bar', () => {
  it('says the pace and the time left once a batch has given a pace', () => {
    expect(paceOf({ processed: 0, total: 10 })).toBe('');
    expect(paceOf({ processed: 2500, total: 10_000, eventsPerSecond: 1234.4, secondsLeft: 125.2 })).toBe(
      ', 1\u00a0234 events/s, 2:06 left',
    );
    expect(paceOf({ processed: 10, total: 10, eventsPerSecond: 50 })).toBe(', 50 events/s');
  });

  it('on a pipe writes a line at each tenth, with the pace', () => {
    const { stream, lines } = pipe();
    const bar = progressBar('documents-kallelse', stream);
    bar({ processed: 0, total: 100 });
    bar({ processed: 5, total: 100, eventsPerSecond: 10, secondsLeft: 9.5 });
    bar({ processed: 50, total: 100, eventsPerSecond: 100, secondsLeft: 0.5 });
    bar({ processed: 100, total: 100, eventsPerSecond: 100, secondsLeft: 0 });
    expect(lines).toEqual([
      'documents-kallelse   0% 0/100 events\n',
      'documents-kallelse  50% 50/100 events, 100 events/s, 0:01 left\n',
      'documents-kallelse 100% 100/100 events, 100 events/s, 0:00 left\n',
    ]);
  });
});
