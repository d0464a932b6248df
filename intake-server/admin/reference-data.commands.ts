/** Admin commands that import the reference data: Bring's postal code register and Kartverket's kommune list. */
import { describeWarning, splitMissingKommuner, NOT_KOMMUNER } from '../reference-data/reference-checks.js';
import { countReferenceData, listKommunerMissingFromList } from '../reference-data/reference-data.repository.js';
import { importReferenceFile, type ReferenceFileKind } from '../reference-data/reference-upload.js';
import { AdminError, type AdminCommand, type CommandContext } from './admin-command.js';
import { readInputFile } from './read-input-file.js';

/** Hints when either table is still empty, and the kommunenummer that are not kommuner, as expected. */
async function reportMissingKommuner(ctx: CommandContext): Promise<void> {
  const counts = await countReferenceData(ctx.db);
  if (counts.kommuner === 0) {
    ctx.warn('The kommune list is empty, so kommuner have no names: import Kartverket\'s list with "npm run admin -- import-kommuner FILE".');
    return;
  }
  if (counts.postalCodes === 0) {
    ctx.warn('The postal code register is empty: import Bring\'s register with "npm run admin -- import-postcodes FILE".');
    return;
  }
  const expected = splitMissingKommuner(await listKommunerMissingFromList(ctx.db)).expected.map((k) => `${k} ${NOT_KOMMUNER[k]}`);
  if (expected.length > 0) ctx.out(`Not kommuner, as expected: ${expected.join(', ')} (they route to the national contact unless an association covers their postal codes).`);
}

/** Imports the file through the same code path as the workspace, and reports what it did and what to check. */
async function importFile(ctx: CommandContext, file: string, kind: ReferenceFileKind, what: string, rows: string): Promise<void> {
  const { bytes, path } = await readInputFile(file);
  const result = await importReferenceFile(ctx.db, kind, bytes, path, ctx.now());
  if (!result.ok) throw new AdminError(`${path} is not a valid ${what}; nothing was imported.`, 1, result.problems);
  ctx.out(`Imported ${result.rows} ${rows} from ${path} (read as ${result.encoding}).`);
  for (const w of result.warnings) ctx.warn(describeWarning(w));
  await reportMissingKommuner(ctx);
  ctx.out(`Database: ${ctx.databasePath}`);
}

/** `import-postcodes FILE` */
export const importPostcodesCommand: AdminCommand = {
  words: ['import-postcodes'],
  args: ['FILE'],
  summary: "Replace the postal code register with Bring's file (tab-separated; UTF-8, ISO-8859-1 or Windows-1252)",
  details: [
    'Download the register from https://www.bring.no/postnummerregister-ansi.txt and import it as it is. Each line:',
    'postnummer, poststed, kommunenummer, kommunenavn, kategori, separated by tabs. The whole register is replaced',
    'in one transaction; if any line is wrong, nothing changes and every wrong line is listed.',
  ].join('\n'),
  run: (ctx, [file]) => importFile(ctx, file!, 'postnummer', "postal code register in Bring's format", 'postal codes'),
};

/** `import-kommuner FILE` */
export const importKommunerCommand: AdminCommand = {
  words: ['import-kommuner'],
  args: ['FILE'],
  summary: "Replace the kommune list with Kartverket's file (fylkesnummer;fylkesnavn;kommunenummer;kommunenavn)",
  details: [
    "Kartverket's list of kommuner (CC BY 4.0, © Kartverket), one kommune a line, fields separated by semicolons:",
    'fylkesnummer;fylkesnavn;kommunenummer;kommunenavn. It names the kommuner and fylker routing reports. The whole',
    'list is replaced in one transaction; if any line is wrong, nothing changes and every wrong line is listed.',
  ].join('\n'),
  run: (ctx, [file]) => importFile(ctx, file!, 'kommuner', "kommune list in Kartverket's format", 'kommuner'),
};
