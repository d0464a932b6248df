/**
 * The messages between a host page's <ressursvenn-signup mode="isolated"> and the form in its iframe. Each side posts
 * only to the other's origin and checks `event.origin` and `event.source` before it reads anything; everything read is
 * treated as untrusted and rebuilt, never passed on as is.
 */
import { LANGUAGES, type Language } from '../contract/index.js';
import { RessursvennFailureEvent, RessursvennSubmitEvent, RessursvennSuccessEvent } from './send-events.js';
import { RessursvennStartEvent } from './signup-events.js';
import { RessursvennStepEvent } from './step-event.js';
import { STEPS } from './steps.js';
import type { FailureCode } from './submit-client.js';

/** Marks our messages among whatever else a page posts. */
export const PROTOCOL = 'ressursvenn-frame-1';

/** From the form in the iframe to the host page. */
export type ChildMessage =
  | { protocol: typeof PROTOCOL; type: 'ready' }
  | { protocol: typeof PROTOCOL; type: 'height'; height: number }
  | { protocol: typeof PROTOCOL; type: 'event'; name: ForwardedEvent; detail: unknown }
  | { protocol: typeof PROTOCOL; type: 'exit' };

/** From the host page to the form in the iframe. */
export type ParentMessage =
  | { protocol: typeof PROTOCOL; type: 'lang'; lang: Language | '' }
  | { protocol: typeof PROTOCOL; type: 'theme'; properties: Record<string, string> }
  /** The page is leaving by quick exit (Shift three times on the page): the form forgets its draft first. */
  | { protocol: typeof PROTOCOL; type: 'exit' };

/** The events the iframe's form reports to the host page (the host element sees "view" itself). */
export const FORWARDED_EVENTS = [
  RessursvennStartEvent.type,
  RessursvennStepEvent.type,
  RessursvennSubmitEvent.type,
  RessursvennSuccessEvent.type,
  RessursvennFailureEvent.type,
] as const;
export type ForwardedEvent = (typeof FORWARDED_EVENTS)[number];

/** The documented custom properties, passed into the iframe so that isolated mode takes the page's theme too. */
export const THEME_PROPERTIES = [
  '--rv-color-accent',
  '--rv-color-accent-contrast',
  '--rv-color-text',
  '--rv-color-muted',
  '--rv-color-background',
  '--rv-color-surface',
  '--rv-color-input-background',
  '--rv-color-border',
  '--rv-color-border-subtle',
  '--rv-color-error',
  '--rv-color-error-background',
  '--rv-color-success',
  '--rv-color-success-background',
  '--rv-color-focus',
  '--rv-font-family',
  '--rv-font-size',
  '--rv-radius',
  '--rv-max-width',
  '--rv-padding',
] as const;

/** A value a theme property may take: colours, lengths, font names. No url(), no escapes, nothing that ends a rule. */
const SAFE_VALUE = /^(?!.*url\s*\()[^;{}<>\\]{1,200}$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The message as one of ours, or null. */
export function readMessage(data: unknown): (Record<string, unknown> & { type: string }) | null {
  return isRecord(data) && data.protocol === PROTOCOL && typeof data.type === 'string' ? (data as Record<string, unknown> & { type: string }) : null;
}

/** Only documented properties with safe values. */
export function readTheme(value: unknown): Record<string, string> {
  const theme: Record<string, string> = {};
  if (!isRecord(value)) return theme;
  for (const name of THEME_PROPERTIES) {
    const v = value[name];
    if (typeof v === 'string' && SAFE_VALUE.test(v.trim())) theme[name] = v.trim();
  }
  return theme;
}

export function readLanguage(value: unknown): Language | '' {
  return (LANGUAGES as readonly unknown[]).includes(value) ? (value as Language) : '';
}

const SLUG = /^[a-z0-9-]{1,64}$/;
const CODE = /^[a-z_]{1,40}$/;
const REFERENCE = /^[A-Z0-9-]{1,32}$/;

/** Rebuilds a forwarded event from the iframe's message, or null when anything in it is off. */
export function reviveEvent(name: unknown, detail: unknown): Event | null {
  if (!isRecord(detail)) return null;
  switch (name) {
    case RessursvennSuccessEvent.type: {
      const reference = detail.reference === null || (typeof detail.reference === 'string' && REFERENCE.test(detail.reference)) ? detail.reference : undefined;
      return reference === undefined ? null : new RessursvennSuccessEvent({ reference: reference as string | null });
    }
    case RessursvennFailureEvent.type:
      return typeof detail.code === 'string' && CODE.test(detail.code) ? new RessursvennFailureEvent({ code: detail.code as FailureCode }) : null;
  }
  const language = readLanguage(detail.language);
  if (typeof detail.association !== 'string' || !(detail.association === '' || SLUG.test(detail.association)) || !language) return null;
  const context = { association: detail.association, language };
  switch (name) {
    case RessursvennStartEvent.type:
      return new RessursvennStartEvent(context);
    case RessursvennSubmitEvent.type:
      return new RessursvennSubmitEvent(context, false);
    case RessursvennStepEvent.type: {
      const step = STEPS.find((s) => s.number === detail.step);
      return step ? new RessursvennStepEvent({ ...context, step: step.number, stepCount: STEPS.length, name: step.name }) : null;
    }
    default:
      return null;
  }
}
