import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The file after `--out` or `--in` on the command line, as an absolute path. Checked before any
 * database is started (a typo must not create a cluster in a new DATA_DIR): on a missing option,
 * a missing input or an existing output it prints why with the usage and exits with code 1.
 */
export function fileOption(option: '--out' | '--in', usage: string): string {
  const args = process.argv.slice(2);
  const file = args.includes(option) ? args[args.indexOf(option) + 1] : undefined;
  const problem =
    file === undefined || file.startsWith('--')
      ? `${option} <file> is missing`
      : option === '--in' && !existsSync(file)
        ? `${file} does not exist`
        : option === '--out' && existsSync(file)
          ? `${file} exists already: name a new file for the backup`
          : undefined;
  if (problem !== undefined) {
    process.stderr.write(`${problem}; ${usage}\n`);
    process.exit(1);
  }
  return resolve(file!);
}
