/** The admin tool's help texts: the overview and each command's own. */
import type { AdminCommand } from './admin-command.js';
import { COMMAND_GROUPS } from './commands.js';

const RUN = 'npm run admin --';

/** "associations set SLUG [options]" */
function usageOf(c: AdminCommand): string {
  return [...c.words, ...c.args, ...(c.options ? ['[options]'] : [])].join(' ');
}

/** The overview printed by `--help`, with no command, or after an unknown one. */
export function overviewHelp(): string {
  const width = Math.max(...COMMAND_GROUPS.flatMap((g) => g.commands.map((c) => usageOf(c).length)));
  return [
    'Ressursvenn admin tool: postal codes, kommuner, associations and their coordinators.',
    '',
    `Usage: ${RUN} COMMAND [arguments] [options]`,
    ...COMMAND_GROUPS.flatMap((g) => ['', `${g.heading}:`, ...g.commands.map((c) => `  ${usageOf(c).padEnd(width)}  ${c.summary}`)]),
    '',
    `Run "${RUN} COMMAND --help" for a command's options, e.g. "${RUN} associations set --help".`,
    '',
    'The tool works on the intake server\'s database: DATABASE_PATH, or DATA_DIR/intake.sqlite (default',
    'data/intake.sqlite). Changes take effect at once; the server need not be restarted.',
    'Exit codes: 0 done, 1 failed (nothing was changed), 2 wrong command line.',
    '',
  ].join('\n');
}

/** A command's own help: usage, what it does, its options. */
export function commandHelp(c: AdminCommand): string {
  const options = Object.entries(c.options ?? {}).map(([name, o]) => [`--${name}${o.value ? ` ${o.value}` : ''}`, o.description] as const);
  const width = Math.max(0, ...options.map(([flag]) => flag.length));
  return [
    `Usage: ${RUN} ${usageOf(c)}`,
    '',
    `${c.summary}.`,
    ...(c.details ? ['', c.details] : []),
    ...(options.length > 0 ? ['', 'Options:', ...options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`)] : []),
    '',
  ].join('\n');
}

/** The commands of a group, for "associations" typed alone. */
export function groupHelp(word: string): string | undefined {
  const commands = COMMAND_GROUPS.flatMap((g) => g.commands).filter((c) => c.words.length > 1 && c.words[0] === word);
  if (commands.length === 0) return undefined;
  const width = Math.max(...commands.map((c) => usageOf(c).length));
  return [`"${word}" needs a subcommand:`, ...commands.map((c) => `  ${RUN} ${usageOf(c).padEnd(width)}  ${c.summary}`), ''].join('\n');
}
