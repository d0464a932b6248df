/**
 * `GET /api/v1/postal-codes/:code?page=<slug>`: where an application from this postal code would go. Resolves to null
 * on any failure: the form then goes on without asking, and the server routes the application by itself.
 */
import type { PostalCodeLookup, PublicAssociation, RouteFallback } from '../contract/index.js';
import { apiUrl } from './api-urls.js';
import { fetchJson, isRecord, isShortText, LOOKUP_TIMEOUT_MS } from './fetch-json.js';

const FALLBACK_KINDS: readonly unknown[] = ['page', 'county', 'national'] satisfies RouteFallback['kind'][];

/** An association as the server describes it to applicants: a name, and its public contact address and phone. */
export function readPublicAssociation(item: unknown): PublicAssociation | null {
  if (!isRecord(item) || !isShortText(item.name)) return null;
  return {
    slug: isShortText(item.slug) ? item.slug : null,
    name: item.name,
    email: isShortText(item.email) ? item.email : '',
    ...(isShortText(item.phone) ? { phone: item.phone } : {}),
  };
}

/** `page` is the slug the page names ('' when none, or one the server does not know): the fallback depends on it. */
export async function lookupPostalCode(base: string, postalCode: string, page = '', timeoutMs = LOOKUP_TIMEOUT_MS): Promise<PostalCodeLookup | null> {
  if (!/^\d{4}$/.test(postalCode)) return null;
  const query = page ? `?page=${encodeURIComponent(page)}` : '';
  const body = await fetchJson(apiUrl(base, `/postal-codes/${postalCode}${query}`), timeoutMs);
  if (!isRecord(body) || !Array.isArray(body.associations)) return null;
  const seen = new Set<string>();
  const associations: PostalCodeLookup['associations'] = [];
  for (const item of body.associations) {
    const association = readPublicAssociation(item);
    if (!association?.slug || seen.has(association.slug)) continue;
    seen.add(association.slug);
    associations.push({ ...association, slug: association.slug });
  }
  const kommune =
    isRecord(body.kommune) && isShortText(body.kommune.number) && isShortText(body.kommune.name)
      ? { number: body.kommune.number, name: body.kommune.name }
      : null;
  const lookup: PostalCodeLookup = {
    postalCode,
    place: isShortText(body.place) ? body.place : null,
    kommune,
    associations,
    unknownPostalCode: body.unknownPostalCode === true,
  };
  const fallback = readPublicAssociation(body.fallback);
  const kind = isRecord(body.fallback) ? body.fallback.kind : undefined;
  if (fallback && FALLBACK_KINDS.includes(kind)) lookup.fallback = { ...fallback, kind: kind as RouteFallback['kind'] };
  return lookup;
}
