/** The shapes that cross the wire between the widget and the intake server. */
import type { FieldErrors } from './application.schema.js';
import type { ErrorCode } from './error-codes.js';

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
  /** Active associations serving this postal code; empty when none does (the national contact then takes it). */
  associations: { slug: string; name: string }[];
}
