/**
 * Association fields written as text (CSV columns and the admin tool's options) turned into the shape that
 * `AssociationFields` validates. Both use the same names, e.g. `email`, `postal-ranges`, `minimum-age`.
 */

/** Every text field name, in the order the documentation lists them. */
export const TEXT_FIELDS = [
  'slug',
  'name',
  'email',
  'phone',
  'kommuner',
  'postal-ranges',
  'origins',
  'lang',
  'active',
  'minimum-age',
  'full-details',
  'kind',
  'county',
  'coordinators',
] as const;

/** A CSV column or admin option naming an association field. */
export type TextField = (typeof TEXT_FIELDS)[number];

/** Validation messages name the text field, not the internal one. */
export const TEXT_LABELS: Record<string, string> = {
  contactEmail: 'email',
  contactPhone: 'phone',
  defaultLanguage: 'lang',
  postalRanges: 'postal-ranges',
  allowedOrigins: 'origins',
  'settings.minimumAge': 'minimum-age',
  'settings.fullDetailsInNotice': 'full-details',
  countyNumber: 'county',
};

const list = (s: string) => s.split(/[\s,;]+/).filter((x) => x !== '');

function bool(s: string): boolean | string {
  if (/^(true|yes|ja|1)$/i.test(s.trim())) return true;
  if (/^(false|no|nei|0)$/i.test(s.trim())) return false;
  return s;
}

const whole = (s: string): number | string => (/^\s*\d+\s*$/.test(s) ? Number(s) : s);

/** "Kari Nordmann <kari@example.no>; Ola <ola@example.no>" → coordinators, or the part that is not written so. */
function coordinators(s: string): { name: string; email: string }[] | { bad: string } {
  const out: { name: string; email: string }[] = [];
  for (const part of s.split(/[;\n]+/).map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^(.*?)\s*<([^<>\s]+)>$/.exec(part);
    if (!m) return { bad: part };
    out.push({ name: m[1]!, email: m[2]! });
  }
  return out;
}

/**
 * Builds the raw association object from text fields. An absent field is left out (unchanged). An empty value is
 * left out too when `empty` is 'unchanged' (CSV cells); with 'clear' (the admin tool) it removes the phone, county,
 * kommuner, postal ranges or origins.
 */
export function fieldsFromText(fields: Partial<Record<TextField, string>>, empty: 'unchanged' | 'clear'): { raw: Record<string, unknown>; problems: string[] } {
  const raw: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(fields) as [TextField, string | undefined][]) {
    if (value === undefined) continue;
    const cleared = value.trim() === '';
    if (cleared && (empty === 'unchanged' || !['phone', 'county', 'kommuner', 'postal-ranges', 'origins'].includes(key))) {
      continue;
    }
    switch (key) {
      case 'slug': raw.slug = value; break;
      case 'name': raw.name = value; break;
      case 'email': raw.contactEmail = value; break;
      case 'phone': raw.contactPhone = value; break;
      case 'kommuner': raw.kommuner = list(value); break;
      case 'postal-ranges': raw.postalRanges = list(value); break;
      case 'origins': raw.allowedOrigins = list(value); break;
      case 'lang': raw.defaultLanguage = value.trim(); break;
      case 'active': raw.active = bool(value); break;
      case 'minimum-age': settings.minimumAge = whole(value); break;
      case 'full-details': settings.fullDetailsInNotice = bool(value); break;
      case 'kind': raw.kind = value.trim(); break;
      case 'county': raw.countyNumber = value; break;
      case 'coordinators': {
        const parsed = coordinators(value);
        if ('bad' in parsed) problems.push(`coordinators: write each as "Name <email>", separated by semicolons (got ${JSON.stringify(parsed.bad)})`);
        else raw.coordinators = parsed;
        break;
      }
    }
  }
  if (Object.keys(settings).length > 0) raw.settings = settings;
  return { raw, problems };
}
