/**
 * `GET /api/v1/associations/:slug`: the name, default language and public contact details of the association the page
 * names, and whether the server asks for a proof of work. Resolves to null on any failure; the form works without it.
 */
import { LANGUAGES, type AssociationLookup, type Language } from '../contract/index.js';
import { apiUrl } from './api-urls.js';
import { fetchJson, isRecord, isShortText, LOOKUP_TIMEOUT_MS } from './fetch-json.js';

/**
 * Slugs the server said no association has (404). The webmaster is told in the console; the flow tells the volunteer
 * quietly that the page's association is unknown, and does not offer "this website's association" as a choice.
 */
export const unknownSlugs = new Set<string>();

export async function lookupAssociation(base: string, written: string, timeoutMs = LOOKUP_TIMEOUT_MS): Promise<AssociationLookup | null> {
  // Slugs are lower case; the form sends the attribute lower-cased too (see the element's formContext).
  const slug = written.toLowerCase();
  const body = await fetchJson(apiUrl(base, `/associations/${encodeURIComponent(slug)}`), timeoutMs, (status) => {
    if (status !== 404) return;
    unknownSlugs.add(slug);
    console.warn(
      `<ressursvenn-signup>: no association has the slug "${slug}" (association="${slug}"), so applications from this page are routed by postal code alone. Copy the embed code again from the embed builder, where the associations are listed by name.`,
    );
  });
  if (!isRecord(body) || !isShortText(body.slug) || !isShortText(body.name)) return null;
  const defaultLanguage = (LANGUAGES as readonly unknown[]).includes(body.defaultLanguage) ? (body.defaultLanguage as Language) : 'nb';
  return {
    slug: body.slug,
    name: body.name,
    defaultLanguage,
    proofOfWork: body.proofOfWork === true,
    email: isShortText(body.email) ? body.email : '',
    ...(isShortText(body.phone) ? { phone: body.phone } : {}),
  };
}
