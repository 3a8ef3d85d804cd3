/** Runs `work` from `workers` concurrent loops for `seconds`, timing each call. */
export async function measure(workers: number, seconds: number, work: (worker: number) => Promise<number>) {
  const latencies: number[] = [];
  let units = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const done = await work(worker); // not `units += await …`: that reads units before the await and loses updates
        units += done;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    perSecond: units / elapsed,
    callsPerSecond: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    units,
  };
}

export function row(cells: (string | number)[]): string {
  return `| ${cells.map((c) => (typeof c === 'number' ? Math.round(c).toLocaleString('en-US') : c)).join(' | ')} |`;
}
