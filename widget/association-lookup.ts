/**
 * `GET /api/v1/associations/:slug`: the name and default language of the association the page names, and whether
 * the server asks for a proof of work. Resolves to null on any failure; the form works without it.
 */
import { LANGUAGES, type AssociationLookup, type Language } from '../contract/index.js';
import { apiUrl } from './api-urls.js';
import { fetchJson, isRecord, isShortText, LOOKUP_TIMEOUT_MS } from './fetch-json.js';

export async function lookupAssociation(base: string, slug: string, timeoutMs = LOOKUP_TIMEOUT_MS): Promise<AssociationLookup | null> {
  const body = await fetchJson(apiUrl(base, `/associations/${encodeURIComponent(slug)}`), timeoutMs);
  if (!isRecord(body) || !isShortText(body.slug) || !isShortText(body.name)) return null;
  const defaultLanguage = (LANGUAGES as readonly unknown[]).includes(body.defaultLanguage) ? (body.defaultLanguage as Language) : 'nb';
  return { slug: body.slug, name: body.name, defaultLanguage, proofOfWork: body.proofOfWork === true };
}
