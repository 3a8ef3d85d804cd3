import { parseArgs } from 'node:util';
import {
  type AdminCommandOutcome,
  createOrPromoteAdmin,
  type IdentityDependencies,
} from './admin-bootstrap.js';
import { DEFAULT_ADMIN_NAME, DEFAULT_ADMIN_TENANT } from './identity-environment.js';

export const CREATE_ADMIN_USAGE = [
  'usage: create-admin --email <e-mail> [--name <display name>] [--tenant <organisation id>] [--password-stdin]',
  'The password comes from ADMIN_PASSWORD, or with --password-stdin from the first line of standard',
  'input; never from the command line, where every user of the machine could read it in ps.',
].join('\n');

export interface CreateAdminCommandContext extends IdentityDependencies {
  env?: NodeJS.ProcessEnv;
  /** All of standard input; tests pass the text in. */
  readStdin?: () => Promise<string>;
}

/** Thrown for wrong arguments; the message includes the usage. */
export class CommandLineError extends Error {
  constructor(problem: string) {
    super(`${problem}\n${CREATE_ADMIN_USAGE}`);
    this.name = 'CommandLineError';
  }
}

/**
 * The create-admin command: makes an e-mail an admin of an organisation, creating the account if
 * needed and never changing an existing password. Returns the line to print.
 * `argv` is what follows the script name (process.argv.slice(2)).
 */
export async function createAdminFromCommandLine(
  argv: string[],
  { env = process.env, readStdin = readAllOfStdin, ...dependencies }: CreateAdminCommandContext,
): Promise<string> {
  const { values } = parseCommandLine(argv);
  if (!values.email) throw new CommandLineError('--email is required');
  const password = values['password-stdin'] ? firstLine(await readStdin()) : env.ADMIN_PASSWORD;
  if (!password) throw new CommandLineError('no password: set ADMIN_PASSWORD or pass --password-stdin');

  const result = await createOrPromoteAdmin(dependencies, {
    tenantId: values.tenant ?? DEFAULT_ADMIN_TENANT,
    email: values.email,
    displayName: values.name ?? DEFAULT_ADMIN_NAME,
    password,
  });
  return describe(result);
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        tenant: { type: 'string' },
        'password-stdin': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new CommandLineError(error instanceof Error ? error.message : String(error));
  }
}

function describe({ outcome, account }: AdminCommandOutcome): string {
  const who = `${account.email} (${account.id}) in organisation ${account.tenantId}`;
  switch (outcome) {
    case 'created':
      return `created admin account ${who}`;
    case 'promoted':
      return `gave the admin role to the existing account ${who}; its password is unchanged`;
    case 'already-admin':
      return `${who} is already an admin; nothing changed`;
  }
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0];
}

async function readAllOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
