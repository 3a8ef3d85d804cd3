/** A one-line progress bar on a terminal; on a pipe or in CI, a line at every tenth instead. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1;
  return (done: number, total: number) => {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    const text = `${label} ${String(Math.round(fraction * 100)).padStart(3)}% ${done}/${total} events`;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(fraction * width);
      stream.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}${fraction === 1 ? '\n' : ''}`,
      );
    } else if (Math.floor(fraction * 10) > lastTenth) {
      lastTenth = Math.floor(fraction * 10);
      stream.write(`${text}\n`);
    }
  };
}
