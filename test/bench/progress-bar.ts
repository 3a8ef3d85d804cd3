/** A progress bar on stderr with the rate and the time left; redrawn at most every 200 ms. */
export function progressBar(label: string, total: number, unit: string) {
  const started = performance.now();
  let done = 0;
  let drawn = 0;
  const clock = (seconds: number) =>
    Number.isFinite(seconds)
      ? `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`
      : '–:––';
  const draw = () => {
    const elapsed = (performance.now() - started) / 1000;
    const rate = done / Math.max(elapsed, 0.001);
    const share = Math.min(1, done / Math.max(total, 1));
    const width = 30;
    const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
    process.stderr.write(
      `\r${label} ${bar} ${Math.round(share * 100)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${unit}, ` +
        `${Math.round(rate).toLocaleString('en-US')} ${unit}/s, ${clock(elapsed)} gone, ${clock((total - done) / rate)} left  `,
    );
    drawn = performance.now();
  };
  return {
    tick(count = 1) {
      done += count;
      if (performance.now() - drawn > 200) draw();
    },
    /** More to do than first thought (a phase whose size is known only once it starts). */
    add(count: number) {
      total += count;
    },
    finish() {
      draw();
      process.stderr.write('\n');
      return { done, seconds: (performance.now() - started) / 1000 };
    },
  };
}
