/** Every command of the admin tool, in the order `--help` lists them. */
import type { AdminCommand } from './admin-command.js';
import {
  associationsImportCommand,
  associationsListCommand,
  associationsSetCommand,
  associationsShowCommand,
} from './associations.commands.js';
import { coordinatorsAddCommand, coordinatorsListCommand, coordinatorsRemoveCommand, coordinatorsRemovePasskeysCommand } from './coordinators.commands.js';
import { nationalSetCommand } from './national.command.js';
import { importKommunerCommand, importPostcodesCommand } from './reference-data.commands.js';
import { backupCommand, restoreCommand } from './backup.commands.js';
import { routeCommand } from './route.command.js';

/** Commands grouped under a heading for the overview. */
export const COMMAND_GROUPS: { heading: string; commands: AdminCommand[] }[] = [
  { heading: 'Reference data', commands: [importPostcodesCommand, importKommunerCommand] },
  { heading: 'Associations', commands: [associationsImportCommand, associationsListCommand, associationsShowCommand, associationsSetCommand] },
  { heading: 'Coordinators', commands: [coordinatorsAddCommand, coordinatorsRemoveCommand, coordinatorsRemovePasskeysCommand, coordinatorsListCommand] },
  { heading: 'National contact', commands: [nationalSetCommand] },
  { heading: 'Checking', commands: [routeCommand] },
  { heading: 'Backups', commands: [backupCommand, restoreCommand] },
];

/** Every command, flat, for finding the one a command line names. */
export const COMMANDS: AdminCommand[] = COMMAND_GROUPS.flatMap((g) => g.commands);
