/** Validation of association data from every source: the seed file, import files and the admin tool's options. */
import * as v from 'valibot';
import { LANGUAGES } from '../../contract/index.js';
import { FORBIDDEN_SINGLE_LINE } from '../../contract/text-rules.js';
import { ASSOCIATION_KINDS } from './association.js';
import { parsePostalRange } from './postal-range.js';

/** The slug names an association in the widget's `association` attribute and in URLs. */
export const Slug = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'must be lower-case letters a-z, digits and hyphens, e.g. "narvik"'),
  v.maxLength(64, 'must be at most 64 characters'),
);

/** An email address, trimmed. */
export const Email = v.pipe(v.string('must be text'), v.trim(), v.email('must be an email address'), v.maxLength(254, 'is too long'));

/** The name of a person or an association: one line, no control or invisible characters. */
export const PersonOrAssociationName = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.maxLength(200, 'must be at most 200 characters'),
  v.check((s) => !FORBIDDEN_SINGLE_LINE.test(s), 'must be one line without control or invisible characters'),
);

/**
 * What reads as a link or an address in an association's name: the applicant-name rule (`isLinkLike`), except that
 * initials written without spaces stay allowed, as in the organisation's own «N.K.S.»: a full stop counts only with
 * two letters or digits on both sides (`evil.no`, `www.x`) or digits on both sides (`10.0.0.1`).
 */
const NAME_LINK = /[@:/\\]|[\p{L}\p{N}]{2}\.[\p{L}\p{N}]{2}|\p{N}\.\p{N}/u;

/**
 * An association's name stands in every applicant's receipt and mail: besides being one line, it holds nothing that
 * reads as a link or an address (second attack, finding 5), also when written with full-width or look-alike signs.
 */
const AssociationName = v.pipe(
  PersonOrAssociationName,
  v.check((s) => !NAME_LINK.test(s.normalize('NFKC')), 'must not contain anything that reads as a link or an address (@, :, /, or a full stop between words)'),
);

/** A phone number as people write it: digits, spaces, + - ( ) (second attack, finding 5). */
const Phone = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.maxLength(30, 'must be at most 30 characters'),
  v.regex(/^$|^(?=.*\d)[\d +\-()]+$/, 'must be a phone number: digits, spaces, + - ( ), e.g. 21 00 00 00'),
  v.transform((s): string | null => (s === '' ? null : s)),
);

const KommuneNumber = v.pipe(v.string('must be text'), v.trim(), v.regex(/^\d{4}$/, 'must be a 4-digit kommunenummer, e.g. 1806'));

const CountyNumber = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.regex(/^$|^\d{2}$/, 'must be a 2-digit fylkesnummer, e.g. 18'),
  v.transform((s): string | null => (s === '' ? null : s)),
);

const PostalRangeText = v.pipe(
  v.string('must be text'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const range = parsePostalRange(dataset.value);
    if (!range) {
      addIssue({ message: 'must be a postal code or a range of them, e.g. 8514 or 8500-8519' });
      return NEVER;
    }
    return range;
  }),
);

/**
 * A host name as the URL parser leaves it (lower case, punycode): labels of letters, digits and inner hyphens; or an
 * IPv4 address (the parser writes every IPv4 form as dotted decimal) or a bracketed IPv6 one. No wildcard: `*` would
 * end up in the frame's `frame-ancestors` and let any site frame the form (second attack, finding 4).
 */
function isHost(hostname: string): boolean {
  if (/^\[[0-9a-f:.]+\]$/.test(hostname)) return true;
  return hostname.length <= 253 && /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/.test(hostname);
}

/** A web origin exactly as browsers send it in the `Origin` header: scheme, host and port, no path. */
const Origin = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      const url = new URL(dataset.value);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.pathname === '/' && !url.search && !url.hash && !url.username && isHost(url.hostname)) return url.origin;
    } catch {
      // reported below
    }
    addIssue({ message: 'must be a web origin such as https://www.example.no (a real host name or IP address: no wildcards, no path)' });
    return NEVER;
  }),
);

/** A coordinator in a file: name and email. */
export const CoordinatorFields = v.strictObject({ name: PersonOrAssociationName, email: Email }, 'must be an object with name and email');

const SettingsFields = v.strictObject(
  {
    minimumAge: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'), v.maxValue(120, 'must be at most 120'))),
    fullDetailsInNotice: v.optional(v.boolean('must be true or false')),
  },
  'must be an object with minimumAge and/or fullDetailsInNotice',
);

/** Every field of an association; only the slug is required (an update may change one field). */
export const AssociationFields = v.strictObject(
  {
    slug: Slug,
    kind: v.optional(v.picklist(ASSOCIATION_KINDS, 'must be local, county or national')),
    name: v.optional(AssociationName),
    contactEmail: v.optional(Email),
    contactPhone: v.optional(v.nullable(Phone)),
    defaultLanguage: v.optional(v.picklist(LANGUAGES, 'must be nb, nn or en')),
    active: v.optional(v.boolean('must be true or false')),
    kommuner: v.optional(v.array(KommuneNumber, 'must be a list')),
    postalRanges: v.optional(v.array(PostalRangeText, 'must be a list')),
    allowedOrigins: v.optional(v.array(Origin, 'must be a list')),
    settings: v.optional(SettingsFields),
    countyNumber: v.optional(v.nullable(CountyNumber)),
    coordinators: v.optional(v.array(CoordinatorFields, 'must be a list')),
  },
  'must be an object',
);

/** How the problems of one issue read; `labels` renames fields (e.g. contactEmail → email for CSV columns). */
export function describeIssue(issue: v.BaseIssue<unknown>, labels: Record<string, string> = {}): string {
  const keys = (issue.path ?? []).map((p) => String(p.key));
  const field = keys.filter((k) => !/^\d+$/.test(k)).join('.');
  const label = labels[field] ?? (field || 'value');
  if (issue.kind === 'schema' && issue.expected === 'never') return `unknown field "${keys.at(-1)}"`;
  if (issue.input === undefined) return `${label} is required`;
  const got = typeof issue.input === 'string' || typeof issue.input === 'number' ? ` (got ${JSON.stringify(issue.input)})` : '';
  return `${label} ${issue.message}${got}`;
}
