/** Admin commands for associations: import from a file, list, show and change. */
import { saveAssociationAs, validateAssociationText } from '../associations/association-admin.service.js';
import { AssociationChangeError, findAssociationBySlug, listAssociations, type AssociationChanges } from '../associations/associations.repository.js';
import { listCoordinators } from '../associations/coordinators.repository.js';
import { findCoverage } from '../associations/coverage.repository.js';
import type { TextField } from '../associations/text-fields.js';
import { countReferenceData, findKommuneNames } from '../reference-data/reference-data.repository.js';
import { importReferenceFile } from '../reference-data/reference-upload.js';
import { AdminError, usageError, type AdminCommand, type CommandContext, type OptionSpec } from './admin-command.js';
import { formatAssociation, formatTable } from './format-association.js';
import { readInputFile } from './read-input-file.js';

/** Prints one association in full. */
export async function showAssociation(ctx: CommandContext, slug: string): Promise<void> {
  const a = await findAssociationBySlug(ctx.db, slug);
  if (!a) throw new AdminError(`There is no association "${slug}". See them all with "npm run admin -- associations list".`);
  const coverage = await findCoverage(ctx.db, a.id);
  const names = await findKommuneNames(ctx.db, coverage.kommuner);
  for (const line of formatAssociation(a, coverage, await listCoordinators(ctx.db, a.id), names)) ctx.out(line);
}

/** Warnings about a saved association that would surprise its admin. */
async function warnAbout(ctx: CommandContext, slug: string): Promise<void> {
  const a = await findAssociationBySlug(ctx.db, slug);
  if (!a) return;
  const coverage = await findCoverage(ctx.db, a.id);
  const coordinators = (await listCoordinators(ctx.db, a.id)).filter((c) => c.active);
  if (coordinators.length === 0) {
    ctx.warn(`${slug} has no coordinators, so applications skip it: add one with "npm run admin -- coordinators add ${slug} EMAIL --name NAME".`);
  }
  if (a.kind === 'local' && a.active && coverage.kommuner.length === 0 && coverage.postalRanges.length === 0) {
    ctx.warn(`${slug} covers no kommuner or postal ranges, so it gets applications only from its own page (or when chosen).`);
  }
  if (a.kind === 'county' && !a.countyNumber) ctx.warn(`${slug} is a county association without a fylke: set one with --county NN.`);
  if (coverage.kommuner.length > 0 && (await countReferenceData(ctx.db)).kommuner > 0) {
    const known = await findKommuneNames(ctx.db, coverage.kommuner);
    const unknown = coverage.kommuner.filter((k) => !known.has(k));
    if (unknown.length > 0) ctx.warn(`${slug} covers kommunenummer ${unknown.join(', ')}, which the kommune list does not have.`);
  }
}

/** `associations import FILE` */
export const associationsImportCommand: AdminCommand = {
  words: ['associations', 'import'],
  args: ['FILE'],
  summary: 'Create or update associations from a JSON or CSV file (matched by slug)',
  details: [
    'JSON: a list of associations, one association, or the seed file\'s {"national": ..., "associations": [...]}.',
    'Fields: slug, name, contactEmail, contactPhone, defaultLanguage, active, kind, countyNumber, kommuner ["1806"],',
    'postalRanges ["8500-8519"], allowedOrigins ["https://www.example.no"], settings {"minimumAge": 25,',
    '"fullDetailsInNotice": false}, coordinators [{"name": "...", "email": "..."}].',
    '',
    'CSV: a header row naming some of the columns slug, name, email, phone, kommuner, postal-ranges, origins, lang,',
    'active, minimum-age, full-details, kind, county, coordinators; separated by commas or semicolons. Lists go in',
    'one cell separated by spaces or commas ("1806 1805"); coordinators as "Name <email>; Name <email>".',
    '',
    'A field or column that is left out, or an empty CSV cell, keeps the stored value; a list that is given replaces',
    'the stored one (coordinators too). A new slug needs a name and an email. All or nothing: when any row is',
    'wrong, nothing is saved and every problem is listed.',
  ].join('\n'),
  async run(ctx, [file]) {
    const { bytes, path } = await readInputFile(file!);
    // The workspace's upload takes the same path: decoded (UTF-8 or Excel's Windows-1252), parsed, saved in one transaction.
    const result = await importReferenceFile(ctx.db, 'foreninger', bytes, path, ctx.now());
    if (!result.ok) throw new AdminError(`${path} has problems; nothing was imported.`, 1, result.problems);
    const { added: created, changed: updated } = result.diff;
    if (created.length > 0) ctx.out(`Created ${created.length}: ${created.join(', ')}`);
    if (updated.length > 0) ctx.out(`Updated ${updated.length}: ${updated.join(', ')}`);
    const unchanged = result.rows - created.length - updated.length;
    if (unchanged > 0) ctx.out(`Unchanged ${unchanged}: the file gives them as they are stored.`);
    for (const slug of [...created, ...updated]) await warnAbout(ctx, slug);
  },
};

/** `associations list` */
export const associationsListCommand: AdminCommand = {
  words: ['associations', 'list'],
  args: [],
  summary: 'List every association with its coverage and number of coordinators',
  async run(ctx) {
    const rows: string[][] = [];
    for (const a of await listAssociations(ctx.db)) {
      const coverage = await findCoverage(ctx.db, a.id);
      const coordinators = (await listCoordinators(ctx.db, a.id)).filter((c) => c.active).length;
      const covers = [...coverage.kommuner, ...coverage.postalRanges.map((r) => (r.from === r.to ? r.from : `${r.from}-${r.to}`))];
      const kind = a.kind === 'county' ? `county ${a.countyNumber ?? '?'}` : a.kind;
      rows.push([a.slug, kind, a.active ? 'yes' : 'no', String(coordinators), covers.join(',') || '-', a.name]);
    }
    if (rows.length === 0) {
      ctx.out('No associations yet. Import some with "npm run admin -- associations import FILE".');
      return;
    }
    for (const line of formatTable(['SLUG', 'KIND', 'ACTIVE', 'COORDINATORS', 'COVERS', 'NAME'], rows)) ctx.out(line);
  },
};

/** `associations show SLUG` */
export const associationsShowCommand: AdminCommand = {
  words: ['associations', 'show'],
  args: ['SLUG'],
  summary: 'Show one association: contacts, coverage, settings and coordinators',
  run: (ctx, [slug]) => showAssociation(ctx, slug!),
};

/** The options of `associations set`, named like the CSV columns. */
const ASSOCIATION_OPTIONS: Record<string, OptionSpec> = {
  name: { type: 'string', value: 'TEXT', description: 'name, e.g. "Narvik sanitetsforening"' },
  email: { type: 'string', value: 'ADDRESS', description: 'contact email: Reply-To of the mails, shown to applicants' },
  phone: { type: 'string', value: 'NUMBER', description: 'contact phone shown to applicants ("" removes it)' },
  kommuner: { type: 'string', value: 'LIST', description: 'kommunenummer it serves, e.g. 1806,1853 (replaces the list; "" clears)' },
  'postal-ranges': { type: 'string', value: 'LIST', description: 'postal codes it serves beyond its kommuner, e.g. 8500-8519,8530' },
  origins: { type: 'string', value: 'LIST', description: 'web origins the form may be on, e.g. https://www.narvik-sanitet.no ("" = any)' },
  lang: { type: 'string', value: 'nb|nn|en', description: 'language of its coordinators\' mails' },
  active: { type: 'string', value: 'true|false', description: 'an inactive association gets no applications' },
  'minimum-age': { type: 'string', value: 'YEARS', description: 'soft rule: younger applicants are flagged, never rejected (default 25)' },
  'full-details': { type: 'string', value: 'true|false', description: "coordinator notices carry the applicant's contact details" },
  kind: { type: 'string', value: 'local|county', description: 'county: takes what no local association can in its fylke' },
  county: { type: 'string', value: 'NN', description: 'fylkesnummer of a county association, e.g. 18' },
};

/** Validates option values given as text (the service's validation); a wrong value is a usage error. */
export function changesFromOptions(slug: string, options: Record<string, string | boolean | undefined>): AssociationChanges {
  const text = Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v === 'string')) as Partial<Record<TextField, string>>;
  const result = validateAssociationText(slug, text);
  if (!result.ok) throw usageError('Some values are not valid; nothing was changed.', result.problems.map((p) => p.message.replace(/^(\S+) /, '--$1 ')));
  return result.changes;
}

/** `associations set SLUG [options]` */
export const associationsSetCommand: AdminCommand = {
  words: ['associations', 'set'],
  args: ['SLUG'],
  options: ASSOCIATION_OPTIONS,
  summary: 'Change one association (or create it, given --name and --email)',
  details: [
    'Options you leave out keep their value. A list replaces the stored list. Changes apply at once: the running',
    'server routes the next application with them. Add coordinators with "coordinators add".',
  ].join('\n'),
  async run(ctx, [slug], options) {
    const changes = changesFromOptions(slug!, options);
    if (Object.keys(changes).length === 1) throw usageError(`Nothing to change: give at least one option, e.g. --email. See "npm run admin -- associations set --help".`);
    if (changes.kind === 'national') throw usageError('Use "national set" for the national contact.');
    const existing = await findAssociationBySlug(ctx.db, slug!);
    if (existing?.kind === 'national' && changes.kind) throw usageError('The national contact stays national; use "national set" to change it.');
    try {
      const { created } = await saveAssociationAs(ctx.db, null, changes, ctx.now());
      ctx.out(created ? `Created ${slug}.` : `Updated ${slug}.`);
    } catch (err) {
      if (err instanceof AssociationChangeError) throw new AdminError(err.message);
      throw err;
    }
    await showAssociation(ctx, slug!);
    await warnAbout(ctx, slug!);
  },
};
