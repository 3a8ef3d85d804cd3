/**
 * A preload (`node --import ./test/bench/count-pg-queries.mjs …`) that counts every query the
 * process sends through pg, by its SQL text, with the characters of text and parameters sent, and
 * prints the top ones at exit: how `npm run bench:rebuild` shows the round trips per event.
 */
import { createRequire } from 'node:module';

const require = createRequire(`${process.cwd()}/package.json`);
const { Client } = require('pg');
const counts = new Map();
const original = Client.prototype.query;
Client.prototype.query = function countedQuery(config, values, callback) {
  const text = typeof config === 'string' ? config : (config?.text ?? '');
  const params = Array.isArray(values) ? values : (config?.values ?? []);
  const key = text.replace(/\s+/g, ' ').trim().slice(0, 110);
  const entry = counts.get(key) ?? { calls: 0, characters: 0 };
  entry.calls += 1;
  entry.characters += text.length + params.reduce((sum, p) => sum + (p == null ? 0 : String(p).length), 0);
  counts.set(key, entry);
  return original.call(this, config, values, callback);
};
globalThis.__pgQueryCounts = counts;
process.on('exit', () => {
  const rows = [...counts.entries()].sort((a, b) => b[1].calls - a[1].calls);
  const total = rows.reduce((sum, [, e]) => sum + e.calls, 0);
  process.stderr.write(`\npg queries: ${total.toLocaleString('en')} in all\n`);
  for (const [key, { calls, characters }] of rows.slice(0, Number(process.env.COUNT_TOP ?? 25)))
    process.stderr.write(
      `${String(calls).padStart(8)} ${(characters / 1e6).toFixed(1).padStart(7)} MB  ${key}\n`,
    );
});
