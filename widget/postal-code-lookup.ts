/**
 * `GET /api/v1/postal-codes/:code`: where an application from this postal code would go. Resolves to null on any
 * failure: the form then goes on without asking, and the server routes the application by itself.
 */
import type { PostalCodeLookup } from '../contract/index.js';
import { apiUrl } from './api-urls.js';
import { fetchJson, isRecord, isShortText, LOOKUP_TIMEOUT_MS } from './fetch-json.js';

export async function lookupPostalCode(base: string, postalCode: string, timeoutMs = LOOKUP_TIMEOUT_MS): Promise<PostalCodeLookup | null> {
  if (!/^\d{4}$/.test(postalCode)) return null;
  const body = await fetchJson(apiUrl(base, `/postal-codes/${postalCode}`), timeoutMs);
  if (!isRecord(body) || !Array.isArray(body.associations)) return null;
  const seen = new Set<string>();
  const associations: PostalCodeLookup['associations'] = [];
  for (const item of body.associations) {
    if (!isRecord(item) || !isShortText(item.slug) || !isShortText(item.name) || seen.has(item.slug)) continue;
    seen.add(item.slug);
    associations.push({ slug: item.slug, name: item.name });
  }
  const kommune =
    isRecord(body.kommune) && isShortText(body.kommune.number) && isShortText(body.kommune.name)
      ? { number: body.kommune.number, name: body.kommune.name }
      : null;
  return { postalCode, place: isShortText(body.place) ? body.place : null, kommune, associations };
}
