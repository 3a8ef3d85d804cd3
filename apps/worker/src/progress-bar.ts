export interface Progress {
  processed: number;
  total: number;
  eventsPerSecond?: number;
  secondsLeft?: number;
}

/** "1 234 events/s, 2:05 left", or nothing before the first batch gives a pace. */
export function paceOf({ eventsPerSecond, secondsLeft }: Progress): string {
  if (!eventsPerSecond) return '';
  const rate = `${Math.round(eventsPerSecond).toLocaleString('sv-SE')} events/s`;
  if (secondsLeft === undefined) return `, ${rate}`;
  const seconds = Math.ceil(secondsLeft);
  return `, ${rate}, ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} left`;
}

/**
 * A one-line progress bar with the pace and the time left, on a terminal; on a pipe or in CI, a
 * line at every tenth instead.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1;
  return (progress: Progress) => {
    const { processed: done, total } = progress;
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    const text = `${label} ${String(Math.round(fraction * 100)).padStart(3)}% ${done}/${total} events${paceOf(progress)}`;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(fraction * width);
      stream.write(
        `\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}${fraction === 1 ? '\n' : ''}`,
      );
    } else if (Math.floor(fraction * 10) > lastTenth) {
      lastTenth = Math.floor(fraction * 10);
      stream.write(`${text}\n`);
    }
  };
}
