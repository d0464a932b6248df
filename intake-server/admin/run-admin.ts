/** Runs one admin command line: find the command, check its arguments, open and migrate the database, report. */
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { migrateToLatest } from '../db/migrate.js';
import { maskUrlPassword } from '../lib/url-password.js';
import { AdminError, EXIT, usageError, type AdminCommand } from './admin-command.js';
import { COMMANDS } from './commands.js';
import { commandHelp, groupHelp, overviewHelp } from './help.js';

/** Where the tool reads its environment and writes its output. */
export interface AdminIo {
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  now?: () => Date;
}

const MAX_PROBLEMS = 20;

function findCommand(argv: string[]): AdminCommand | undefined {
  return COMMANDS.filter((c) => c.words.every((w, i) => argv[i] === w)).sort((a, b) => b.words.length - a.words.length)[0];
}

function parse(command: AdminCommand, rest: string[]) {
  const options = Object.fromEntries(Object.entries(command.options ?? {}).map(([name, o]) => [name, { type: o.type }]));
  try {
    const { values, positionals } = parseArgs({ args: rest, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (err) {
    throw usageError(`${(err as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}`);
  }
}

function report(err: AdminError, io: AdminIo, command?: AdminCommand): number {
  io.stderr(`Error: ${err.message}\n`);
  for (const p of err.problems.slice(0, MAX_PROBLEMS)) io.stderr(`  - ${p}\n`);
  if (err.problems.length > MAX_PROBLEMS) io.stderr(`  ... and ${err.problems.length - MAX_PROBLEMS} more.\n`);
  if (err.exitCode === EXIT.usage) io.stderr(`Run "npm run admin -- ${command ? `${command.words.join(' ')} ` : ''}--help" for help.\n`);
  return err.exitCode;
}

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export async function runAdmin(argv: string[], io: AdminIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(overviewHelp());
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const command = findCommand(argv);
  if (!command) {
    const group = groupHelp(argv[0]!);
    if (group && (argv.length === 1 || argv[1] === '--help' || argv[1] === '-h')) {
      io.stdout(group);
      return argv.length === 1 ? EXIT.usage : EXIT.ok;
    }
    return report(usageError(`Unknown command "${argv.slice(0, group ? 2 : 1).join(' ')}".`), io);
  }
  try {
    const { values, positionals } = parse(command, argv.slice(command.words.length));
    if (values.help) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    if (positionals.length !== command.args.length) {
      const expected = command.args.length === 0 ? 'no arguments' : command.args.join(' ');
      throw usageError(`"${command.words.join(' ')}" takes ${expected}; got ${positionals.length === 0 ? 'none' : positionals.map((p) => `"${p}"`).join(' ')}.`);
    }
    const config = readConfig(io.env);
    // What every command gets; `db` is the open database, or a getter that explains why there is none.
    const base = {
      config,
      databasePath: config.databaseUrl ? maskUrlPassword(config.databaseUrl) : config.databasePath,
      now: io.now ?? (() => new Date()),
      out: (line = '') => io.stdout(`${line}\n`),
      warn: (line: string) => io.stderr(`Note: ${line}\n`),
    };
    if (command.opensDatabase === false) {
      const noDatabase = {
        ...base,
        get db(): never {
          throw new Error(`"${command.words.join(' ')}" works on the database file and does not open it`);
        },
      };
      await command.run(noDatabase, positionals, values);
      return EXIT.ok;
    }
    const db = openDatabase(config);
    try {
      await migrateToLatest(db);
      await command.run({ ...base, db }, positionals, values);
    } finally {
      await db.destroy();
    }
    return EXIT.ok;
  } catch (err) {
    if (err instanceof AdminError) return report(err, io, command);
    if (err instanceof ConfigError) return report(new AdminError(err.message), io);
    io.stderr(`Error: ${(err as Error).message}\n`);
    return EXIT.failed;
  }
}

