/** Where the intake server is: the default base URL for elements without an `api` attribute. */
let defaultApiBase = '';

/** Set by the embed script to the origin it was loaded from; read when needed, so later elements get it too. */
export function setDefaultApiBase(base: string): void {
  defaultApiBase = base;
}

/** The base URL used when an element has no `api` attribute; empty means "the host page's own origin". */
export function getDefaultApiBase(): string {
  return defaultApiBase;
}
