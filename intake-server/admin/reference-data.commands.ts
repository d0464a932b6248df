/** Admin commands that import the reference data: Bring's postal code register and Kartverket's kommune list. */
import { findCoverage } from '../associations/coverage.repository.js';
import { listAssociations } from '../associations/associations.repository.js';
import { importKommuner, importPostalCodes } from '../reference-data/import-reference-data.js';
import { countReferenceData, findKommuneNames, listKommunerMissingFromList } from '../reference-data/reference-data.repository.js';
import { AdminError, type AdminCommand, type CommandContext } from './admin-command.js';
import { readInputFile } from './read-input-file.js';

/** Kommunenummer Bring uses for places that are not kommuner. */
const NOT_KOMMUNER: Record<string, string> = { '2100': 'Svalbard', '2211': 'Jan Mayen' };

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
  const missing = await listKommunerMissingFromList(ctx.db);
  const unexpected = missing.filter((k) => !NOT_KOMMUNER[k]);
  const expected = missing.filter((k) => NOT_KOMMUNER[k]).map((k) => `${k} ${NOT_KOMMUNER[k]}`);
  if (expected.length > 0) ctx.out(`Not kommuner, as expected: ${expected.join(', ')} (they route to the national contact unless an association covers their postal codes).`);
  if (unexpected.length > 0) {
    ctx.warn(`Kommunenummer in the postal code register but not in the kommune list: ${unexpected.join(', ')}. Are the two files from the same year?`);
  }
}

async function reportStaleCoverage(ctx: CommandContext): Promise<void> {
  const known = await findKommuneNames(ctx.db);
  for (const a of await listAssociations(ctx.db)) {
    const stale = (await findCoverage(ctx.db, a.id)).kommuner.filter((k) => !known.has(k));
    if (stale.length > 0) ctx.warn(`${a.slug} covers kommunenummer ${stale.join(', ')}, which the new list does not have (merged or renumbered?): check it with "npm run admin -- associations show ${a.slug}".`);
  }
}

function failed(path: string, what: string, problems: string[]): AdminError {
  return new AdminError(`${path} is not a valid ${what}; nothing was imported.`, 1, problems);
}

/** `import-postcodes FILE` */
export const importPostcodesCommand: AdminCommand = {
  words: ['import-postcodes'],
  args: ['FILE'],
  summary: "Replace the postal code register with Bring's file (tab-separated; UTF-8 or ISO-8859-1)",
  details: [
    'Download the register from https://www.bring.no/postnummerregister-ansi.txt and import it as it is. Each line:',
    'postnummer, poststed, kommunenummer, kommunenavn, kategori, separated by tabs. The whole register is replaced',
    'in one transaction; if any line is wrong, nothing changes and every wrong line is listed.',
  ].join('\n'),
  async run(ctx, [file]) {
    const { bytes, path } = await readInputFile(file!);
    const result = await importPostalCodes(ctx.db, bytes);
    if (!result.ok) throw failed(path, "postal code register in Bring's format", result.problems);
    ctx.out(`Imported ${result.count} postal codes from ${path} (read as ${result.encoding}).`);
    await reportMissingKommuner(ctx);
    ctx.out(`Database: ${ctx.databasePath}`);
  },
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
  async run(ctx, [file]) {
    const { bytes, path } = await readInputFile(file!);
    const result = await importKommuner(ctx.db, bytes);
    if (!result.ok) throw failed(path, "kommune list in Kartverket's format", result.problems);
    ctx.out(`Imported ${result.count} kommuner from ${path} (read as ${result.encoding}).`);
    await reportStaleCoverage(ctx);
    await reportMissingKommuner(ctx);
    ctx.out(`Database: ${ctx.databasePath}`);
  },
};
