import { existsSync } from 'node:fs';

/** The file after `--out` or `--in` on the command line; throws the usage when it is missing. */
export function fileOption(option: '--out' | '--in', usage: string): string {
  const args = process.argv.slice(2);
  const file = args[args.indexOf(option) + 1];
  if (!args.includes(option) || file === undefined || file.startsWith('--')) throw new Error(usage);
  if (option === '--in' && !existsSync(file)) throw new Error(`${file} does not exist; ${usage}`);
  return file;
}
