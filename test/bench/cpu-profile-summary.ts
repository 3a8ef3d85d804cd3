/**
 * `npx tsx test/bench/cpu-profile-summary.ts <file.cpuprofile> [rows]`: the functions that took the
 * most CPU time in a V8 CPU profile (self time, and total time with what they called), for a
 * first look without DevTools. Node's own (node:internal) and the idle/GC pseudo-frames are shown
 * as they are.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile> [rows]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const label = ({ callFrame: { functionName, url, lineNumber } }: ProfileNode) =>
  `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${lineNumber + 1}`;
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, n) => {
  const ms = (profile.timeDeltas[n] ?? 0) / 1000;
  all += ms;
  const leaf = byId.get(id)!;
  self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
  // Each function once per sample, however deep it recurses.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const name = label(byId.get(at)!);
    if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + ms);
    seen.add(name);
  }
});
const rows = Number(rowsArg ?? 25);
const top = (times: Map<string, number>) =>
  [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(
      ([name, ms]) =>
        `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / all).toFixed(1).padStart(5)} %  ${name}`,
    );
console.log(`${file}: ${all.toFixed(0)} ms sampled\n\nself time:\n${top(self).join('\n')}`);
console.log(`\ntotal time:\n${top(total).join('\n')}`);
