/** The one shape `POST /api/v1/events` takes: an association slug and one of the widget's events. */
import * as v from 'valibot';
import { LIMITS, WIDGET_EVENTS, type WidgetEvent } from '../../contract/index.js';

const WidgetEventSchema = v.object({
  // Lower-cased as the application schema does, so `Narvik` and `narvik` count together.
  association: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(LIMITS.associationSlugLength), v.regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/)),
  // `submit` from older widgets is taken and counted nowhere (submissions are counted from stored applications).
  event: v.picklist([...WIDGET_EVENTS, 'submit']),
});

/** A valid report, or why it is not one (`notAnObject`: 400; otherwise 422). */
export type WidgetEventParse = { ok: true; value: { association: string; event: WidgetEvent | 'submit' } } | { ok: false; notAnObject: boolean };

/** Validates a parsed JSON body; fields the contract may add later are ignored. */
export function parseWidgetEvent(value: unknown): WidgetEventParse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, notAnObject: true };
  const result = v.safeParse(WidgetEventSchema, value);
  return result.success ? { ok: true, value: result.output } : { ok: false, notAnObject: false };
}
