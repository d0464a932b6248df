/** Where the intake server is: the default base URL for elements without an `api` attribute, and the endpoint. */
import { API_PREFIX } from '../contract/index.js';

let defaultApiBase = '';

/** Set by the embed script to the origin it was loaded from; read at submit time, so later elements get it too. */
export function setDefaultApiBase(base: string): void {
  defaultApiBase = base;
}

/** The base URL used when an element has no `api` attribute; empty means "the host page's own origin". */
export function getDefaultApiBase(): string {
  return defaultApiBase;
}

/** The URL applications are posted to, for a base such as `https://intake.example` (a trailing slash is fine). */
export function applicationsUrl(base: string): string {
  return `${base.trim().replace(/\/+$/, '')}${API_PREFIX}/applications`;
}
