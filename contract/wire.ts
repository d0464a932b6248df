/** The shapes that cross the wire between the widget and the intake server. */
import type { FieldErrors } from './application.schema.js';
import type { ErrorCode } from './error-codes.js';
import type { Language } from './limits.js';

/** The association an application went to, as the applicant may see it. */
export interface PublicAssociation {
  /** null when the application went to the national contact. */
  slug: string | null;
  name: string;
  email: string;
  phone?: string;
}

/** 201 body of `POST /api/v1/applications`. */
export interface ApplicationAccepted {
  /** Short human reference, e.g. `RV-7K3M-Q9TX`, quoted in every email about the application. */
  reference: string;
  association: PublicAssociation;
}

/** Body of every error response. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    /** English, for developers; the widget shows its own text for the code. */
    message: string;
    /** Quote this when asking for help; it finds the log line. */
    requestId: string;
    fields?: FieldErrors;
    retryAfterSeconds?: number;
  };
}

/** Header that makes a POST safe to retry (IETF draft "The Idempotency-Key HTTP Header Field"). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** 200 body of `GET /api/v1/postal-codes/:code`: which association(s) would get an application from this postal code. */
export interface PostalCodeLookup {
  postalCode: string;
  /** Poststed, e.g. "NARVIK"; null when the code is unknown. */
  place: string | null;
  kommune: { number: string; name: string } | null;
  /**
   * Local associations serving this postal code (through its kommune or a postal range), active and with a
   * coordinator: the applicant may confirm one. Empty when none does; `fallback` then says who takes it. With each
   * association's public contact details, for the form's "if sending fails, contact …".
   */
  associations: (PublicAssociation & { slug: string })[];
  /**
   * Where the server sends an application from this postal code when no local association serves it and the
   * applicant confirmed none, for the page named by `?page=<slug>` (the same rule as routing itself): the page's own
   * association, a county association of the kommune's fylke, or the national contact (`slug` null). Absent when
   * `associations` has any.
   */
  fallback?: RouteFallback;
  /**
   * True when the postal code register (loaded) does not have this code and no postal range holds it: it is not a
   * postal code in use. False also when the register is empty, so that a missing register refuses nobody.
   */
  unknownPostalCode: boolean;
}

/** Who takes an application nobody local serves (`slug` null for the national contact): see `PostalCodeLookup.fallback`. */
export interface RouteFallback extends PublicAssociation {
  kind: 'page' | 'county' | 'national';
}

/** 200 body of `GET /api/v1/associations/:slug`: what a form needs to know about the association its page names. */
/** One entry of `GET /api/v1/associations`: an active association a page may name, for the embed-code builder. */
export interface AssociationListEntry {
  slug: string;
  name: string;
}

export interface AssociationLookup {
  slug: string;
  name: string;
  /** The form's language when neither the element nor the page says which. */
  defaultLanguage: Language;
  /** True when the server asks for a solved `GET /api/v1/challenge` with every application. */
  proofOfWork: boolean;
  /** The association's public contact address and phone (not a person's), for the form's "contact us" texts. */
  email: string;
  phone?: string;
}

/**
 * What the widget counts for its association's figures: shown (`view`) and first answer given (`start`). Submissions
 * are not reported by the widget: the figures count them from the applications the server stored.
 */
export const WIDGET_EVENTS = ['view', 'start'] as const;
export type WidgetEvent = (typeof WIDGET_EVENTS)[number];

/** Largest body of `POST /api/v1/events`, in bytes. */
export const WIDGET_EVENT_MAX_BYTES = 1024;

/**
 * Body of `POST /api/v1/events`: one anonymous count, nothing about the visitor (no cookies, no identifiers; the
 * server keeps only a number per day, association and event). Sent as `application/json`, or as `text/plain` so that
 * `navigator.sendBeacon` needs no CORS preflight. Counted only from a page: the request's `Origin` must be one of the
 * association's allowed origins when it lists any (or the intake server's own), and an http(s) page's origin otherwise.
 * Answered 204 with no body, also when the server knows no active association with this slug (then nothing is
 * counted) and to `submit`, which older widgets send and nothing counts; 400 to a body that is not JSON or not an
 * object, 403 to an Origin that may not count, 413 over `WIDGET_EVENT_MAX_BYTES`, 415 to other media types, 422 to
 * an unknown event or a malformed slug, 429 with `Retry-After` past the per-address limit. The widget ignores every
 * answer: counting must never disturb the form.
 */
export interface WidgetEventReport {
  /** The slug of the association the page names (`data-association`). */
  association: string;
  event: WidgetEvent;
}

/**
 * 200 body of `GET /skjema/:slug/ramme/tilgang`, which `mode="isolated"` asks before it counts on its iframe: only the
 * sites an association lists in its allowed origins may frame the form (the frame's `frame-ancestors` says so to the
 * browser); an association that lists none cannot be framed at all. The page's origin is the request's `Origin`.
 */
export interface FrameAccess {
  /** True when the asking page may frame the form. */
  allowed: boolean;
}
