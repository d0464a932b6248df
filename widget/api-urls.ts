/** The intake server's endpoints, for a base such as `https://intake.example` (a trailing slash is fine). */
import { API_PREFIX } from '../contract/limits.js';

/** A URL under the API prefix. */
export function apiUrl(base: string, path: string): string {
  return `${trimBase(base)}${API_PREFIX}${path}`;
}

/** The URL applications are posted to. */
export function applicationsUrl(base: string): string {
  return apiUrl(base, '/applications');
}

/** The base without trailing slashes or surrounding space. */
export function trimBase(base: string): string {
  return base.trim().replace(/\/+$/, '');
}
