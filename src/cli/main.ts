/**
 * The `cswb` command line (bin/cswb.mjs runs the bundle built from this file): validate, info,
 * upgrade and merge plan files, for municipal staff who script their work. docs/cli.md.
 * Exit codes: 0 success, 1 invalid file or failure, 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import { version as APP_VERSION } from '../../package.json';
import { infoCommand } from './commands/info';
import { mergeCommand } from './commands/merge';
import { upgradeCommand } from './commands/upgrade';
import { validateCommand } from './commands/validate';
import { CliFileError, nodeIo, type CliIo } from './io';
import { USAGE } from './usage';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

class UsageError extends Error {}

const OPTIONS = {
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  base: { type: 'string' },
  force: { type: 'boolean' },
  repair: { type: 'boolean' },
  'no-backup': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Which options each command accepts (anything else is wrong usage, not silently ignored). */
const ALLOWED: Record<string, readonly string[]> = {
  validate: ['json'],
  info: ['json'],
  upgrade: ['output', 'repair', 'no-backup'],
  merge: ['output', 'base', 'force', 'json'],
};

export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`cswb: ${error.message}`);
      io.err('Run "cswb help" for usage.');
      return EXIT.usage;
    }
    if (error instanceof CliFileError) {
      io.err(error.message);
      return EXIT.invalid;
    }
    io.err(`cswb: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.invalid;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.version) {
    io.out(APP_VERSION);
    return EXIT.ok;
  }
  if (values.help || command === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (command === undefined) throw new UsageError('no command given.');
  const allowed = ALLOWED[command];
  if (!allowed) throw new UsageError(`unknown command "${command}".`);
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && !allowed.includes(name)) throw new UsageError(`${command} does not take --${name}.`);
  }
  const json = values.json === true;
  switch (command) {
    case 'validate':
      if (args.length === 0) throw new UsageError('validate needs at least one file.');
      return validateCommand(io, args, json);
    case 'info':
      if (args.length !== 1) throw new UsageError('info needs exactly one file.');
      return infoCommand(io, args[0]!, json);
    case 'upgrade':
      if (args.length !== 1) throw new UsageError('upgrade needs exactly one file.');
      return upgradeCommand(io, args[0]!, { output: values.output ?? null, repair: values.repair === true, backup: values['no-backup'] !== true, appVersion: APP_VERSION });
    case 'merge':
      if (args.length !== 2) throw new UsageError('merge needs exactly two files.');
      if (!values.output) throw new UsageError('merge needs --output <merged.cswb>.');
      return mergeCommand(io, args[0]!, args[1]!, { output: values.output, base: values.base ?? null, force: values.force === true, json, appVersion: APP_VERSION });
    default:
      throw new UsageError(`unknown command "${command}".`);
  }
}
