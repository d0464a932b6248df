/** Sends an application to the intake server and reads the answer. Resolves to a result; never throws or rejects. */
import {
  ERROR_CODES,
  FIELD_NAMES,
  IDEMPOTENCY_HEADER,
  toFieldErrorCode,
  type ErrorCode,
  type FieldErrors,
  type FieldName,
  type PublicAssociation,
} from '../contract/index.js';

/**
 * Why an application was not sent: a code from the API, what went wrong before an answer arrived, or (`widget_error`)
 * a fault in the widget itself.
 */
export type FailureCode = ErrorCode | 'network_error' | 'timeout' | 'unexpected_response' | 'widget_error';

/** The outcome of one attempt. */
export type SubmitResult =
  /** Stored. `reference` and `association` are null only if the server said yes but its body was unreadable. */
  | { kind: 'accepted'; reference: string | null; association: PublicAssociation | null }
  /** 422 with field errors: the applicant can fix them. */
  | { kind: 'invalid'; fields: FieldErrors; requestId: string | null }
  /** Not stored; the same payload may be sent again with the same idempotency key. */
  | { kind: 'failed'; code: FailureCode; status: number | null; retryAfterSeconds: number | null; requestId: string | null };

export interface SubmitRequest {
  url: string;
  /** The JSON body, already serialised, so the caller can key idempotency on exactly these bytes. */
  body: string;
  idempotencyKey: string;
  /** Gives up after this long; default {@link SUBMIT_TIMEOUT_MS}. */
  timeoutMs?: number;
}

/** A phone on a weak mobile connection may be slow; waiting longer than this helps nobody. */
const SUBMIT_TIMEOUT_MS = 20_000;

/** POSTs the application. */
export async function submitApplication(request: SubmitRequest): Promise<SubmitResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs ?? SUBMIT_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          [IDEMPOTENCY_HEADER]: request.idempotencyKey,
        },
        body: request.body,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return failed(timedOut ? 'timeout' : 'network_error', null);
    }
    if (response.ok) return await readAccepted(response);
    return await readRefusal(response);
  } catch {
    return failed('unexpected_response', null);
  } finally {
    clearTimeout(timer);
  }
}

// Once the server said 2xx the application is stored: an unreadable body must not tell the applicant otherwise.
async function readAccepted(response: Response): Promise<SubmitResult> {
  const body = await readJson(response);
  const reference = isRecord(body) && typeof body.reference === 'string' && body.reference ? body.reference : null;
  const association = isRecord(body) ? toPublicAssociation(body.association) : null;
  return { kind: 'accepted', reference, association };
}

async function readRefusal(response: Response): Promise<SubmitResult> {
  const body = await readJson(response);
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const requestId = typeof error.requestId === 'string' ? error.requestId : null;
  const code = toErrorCode(error.code) ?? codeForStatus(response.status);
  if (code === 'validation_failed') {
    const fields = toFieldErrors(error.fields);
    if (Object.keys(fields).length > 0) return { kind: 'invalid', fields, requestId };
  }
  const retryAfterSeconds = toSeconds(error.retryAfterSeconds) ?? parseRetryAfter(response.headers.get('Retry-After'));
  return { kind: 'failed', code, status: response.status, retryAfterSeconds, requestId };
}

function failed(code: FailureCode, status: number | null): SubmitResult {
  return { kind: 'failed', code, status, retryAfterSeconds: null, requestId: null };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toErrorCode(value: unknown): ErrorCode | undefined {
  return (ERROR_CODES as readonly unknown[]).includes(value) ? (value as ErrorCode) : undefined;
}

function codeForStatus(status: number): FailureCode {
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'service_unavailable';
  if (status === 413) return 'payload_too_large';
  if (status >= 500) return 'internal_error';
  return 'unexpected_response';
}

function toFieldErrors(value: unknown): FieldErrors {
  const fields: FieldErrors = {};
  if (!isRecord(value)) return fields;
  for (const [name, code] of Object.entries(value)) {
    if ((FIELD_NAMES as string[]).includes(name)) fields[name as FieldName] = toFieldErrorCode(code);
  }
  return fields;
}

function toPublicAssociation(value: unknown): PublicAssociation | null {
  if (!isRecord(value) || typeof value.name !== 'string' || !value.name) return null;
  const email = typeof value.email === 'string' && /^[^\s@]+@[^\s@]+$/.test(value.email) ? value.email : '';
  const slug = typeof value.slug === 'string' ? value.slug : null;
  return typeof value.phone === 'string' ? { slug, name: value.name, email, phone: value.phone } : { slug, name: value.name, email };
}

function toSeconds(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.ceil(value) : null;
}

/** `Retry-After` is either a number of seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
