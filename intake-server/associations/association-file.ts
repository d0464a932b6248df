/** Reads a file of associations to import: JSON (an array, one object, or the seed file's shape) or CSV with a header. */
import * as v from 'valibot';
import { AssociationFields, describeIssue } from './association-fields.schema.js';
import type { AssociationChanges } from './associations.repository.js';
import { parseCsv } from './parse-csv.js';
import { fieldsFromText, TEXT_FIELDS, TEXT_LABELS, type TextField } from './text-fields.js';

/** The associations of a file, or every problem found in it. */
export type AssociationFileResult = { ok: true; associations: AssociationChanges[] } | { ok: false; problems: string[] };

function validate(raw: unknown, where: string, labels: Record<string, string>): { changes?: AssociationChanges; problems: string[] } {
  const given = (raw as { slug?: unknown } | null)?.slug;
  const slug = typeof given === 'string' && given.trim() !== '' ? ` (${given.trim()})` : '';
  const result = v.safeParse(AssociationFields, raw);
  if (!result.success) return { problems: result.issues.map((i) => `${where}${slug}: ${describeIssue(i, labels)}`) };
  return { changes: result.output, problems: [] };
}

function fromJson(text: string): AssociationFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [`the file is not valid JSON: ${(err as Error).message}`] };
  }
  let items: { raw: unknown; where: string }[];
  if (Array.isArray(data)) items = data.map((raw, i) => ({ raw, where: `item ${i + 1}` }));
  else if (data && typeof data === 'object' && 'slug' in data) items = [{ raw: data, where: 'the association' }];
  else if (data && typeof data === 'object' && ('associations' in data || 'national' in data)) {
    const { national, associations = [], ...rest } = data as { national?: unknown; associations?: unknown };
    if (Object.keys(rest).length > 0) return { ok: false, problems: [`unknown top-level field(s): ${Object.keys(rest).join(', ')}`] };
    if (!Array.isArray(associations)) return { ok: false, problems: ['"associations" must be a list'] };
    items = [
      ...(national === undefined ? [] : [{ raw: national && typeof national === 'object' ? { ...national, kind: 'national' } : national, where: 'national' }]),
      ...associations.map((raw, i) => ({ raw, where: `associations item ${i + 1}` })),
    ];
  } else {
    return { ok: false, problems: ['expected a list of associations, one association object, or {"national": ..., "associations": [...]}'] };
  }
  return collect(items.map(({ raw, where }) => validate(raw, where, {})));
}

function fromCsv(text: string): AssociationFileResult {
  const csv = parseCsv(text);
  if (!csv.ok) return csv;
  const columns = csv.table.header.map((h) => h.toLowerCase().replace(/_/g, '-'));
  const unknown = columns.filter((c) => !(TEXT_FIELDS as readonly string[]).includes(c));
  const problems: string[] = [];
  if (unknown.length > 0) problems.push(`unknown column(s) ${unknown.map((c) => `"${c}"`).join(', ')}; the columns are: ${TEXT_FIELDS.join(', ')}`);
  if (!columns.includes('slug')) problems.push('the header has no "slug" column');
  if (problems.length > 0) return { ok: false, problems };
  return collect(
    csv.table.rows.map(({ line, cells }) => {
      const fields = Object.fromEntries(columns.map((c, i) => [c, cells[i]])) as Partial<Record<TextField, string>>;
      const { raw, problems: textProblems } = fieldsFromText(fields, 'unchanged');
      const checked = validate(raw, `line ${line}`, TEXT_LABELS);
      return { ...checked, problems: [...textProblems.map((p) => `line ${line}: ${p}`), ...checked.problems] };
    }),
  );
}

function collect(results: { changes?: AssociationChanges; problems: string[] }[]): AssociationFileResult {
  const problems = results.flatMap((r) => r.problems);
  const associations = results.flatMap((r) => (r.changes ? [r.changes] : []));
  const seen = new Set<string>();
  for (const a of associations) {
    if (seen.has(a.slug)) problems.push(`the slug "${a.slug}" appears more than once`);
    seen.add(a.slug);
  }
  if (problems.length === 0 && associations.length === 0) problems.push('the file has no associations');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, associations };
}

/** Parses the file's text; `.json` files (or text starting with `[` or `{`) as JSON, anything else as CSV. */
export function parseAssociationFile(text: string, fileName: string): AssociationFileResult {
  const body = text.replace(/^\uFEFF/, '');
  const json = /\.json$/i.test(fileName) || (!/\.(csv|txt|tsv)$/i.test(fileName) && /^\s*[[{]/.test(body));
  return json ? fromJson(body) : fromCsv(body);
}
