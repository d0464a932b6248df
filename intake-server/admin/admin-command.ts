/** What every admin command is made of, and the one error type the admin tool reports. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';

/** An option of a command, as `--help` lists it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder for the value in the help, e.g. "LIST" or "true|false". */
  value?: string;
  description: string;
}

/** What a command runs with: the migrated database and where to write. */
export interface CommandContext {
  /** The migrated database; commands with `opensDatabase: false` must not touch it. */
  db: Kysely<Database>;
  config: Config;
  databasePath: string;
  now: () => Date;
  /** A line of the command's result (stdout). */
  out(line?: string): void;
  /** A line that needs the admin's attention (stderr). */
  warn(line: string): void;
}

/** One command of the admin tool: its words, arguments, options, help and what it does. */
export interface AdminCommand {
  /** The words that name it, e.g. ['associations', 'set']. */
  words: string[];
  /** Names of its positional arguments, e.g. ['SLUG', 'EMAIL']; all are required. */
  args: string[];
  options?: Record<string, OptionSpec>;
  /** One line for the overview. */
  summary: string;
  /** More paragraphs for the command's own `--help`. */
  details?: string;
  /** false: the command works on the database file itself (restore), so the tool does not open it first. */
  opensDatabase?: boolean;
  run(ctx: CommandContext, args: string[], options: Record<string, string | boolean | undefined>): Promise<void>;
}

/** Exit codes: 0 done, 1 failed (nothing changed), 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure the admin should read: a message, optionally a list of problems, and the exit code. */
export class AdminError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = 'AdminError';
  }
}

/** A command-line mistake: exit code 2. */
export function usageError(message: string, problems: string[] = []): AdminError {
  return new AdminError(message, EXIT.usage, problems);
}
