/** The one error type of the HTTP layer, and how any error becomes a response. */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode, FieldErrors } from '../contract/index.js';
import type { Logger } from './logger.js';

/** An expected failure with a code from the contract's closed union. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly extra: { fields?: FieldErrors; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** SQLite's answers when the disk is full or the database is busy: the client should retry later. */
const UNAVAILABLE_CODES = new Set(['SQLITE_FULL', 'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_IOERR', 'SQLITE_CANTOPEN', 'SQLITE_READONLY']);

/**
 * PostgreSQL SQLSTATE classes and codes that mean "try again": connection trouble (08), a rolled-back transaction
 * (40: serialization failure, deadlock), insufficient resources (53: disk full, too many connections), the server
 * shutting down (57), a lock not available in time (55P03), and a unique clash between two instances racing on the
 * same idempotency key (23505; the retry gets the stored answer).
 */
const PG_UNAVAILABLE = /^(08|40|53|57)[0-9A-Z]{3}$|^55P03$|^23505$/;
/** Connection errors of the `pg` driver itself. */
const NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string') return false;
  return [...UNAVAILABLE_CODES].some((c) => code.startsWith(c)) || PG_UNAVAILABLE.test(code) || NET_CODES.has(code);
}

/**
 * True when the client went away while its request body was still arriving: Node's request stream was aborted (it
 * raises ECONNRESET "aborted"). Not storage trouble, and nobody is left to answer: an info line, not an error
 * (second attack, finding 11).
 */
function isClientAbort(err: unknown, c: Context): boolean {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming?.readableAborted) return true;
  const e = err as { code?: unknown; message?: unknown } | null;
  return e?.code === 'ECONNRESET' && e.message === 'aborted';
}

/** Builds the JSON body of an error response. */
export function errorBody(err: HttpError, requestId: string): ErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      requestId,
      ...(err.extra.fields ? { fields: err.extra.fields } : {}),
      ...(err.extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: err.extra.retryAfterSeconds } : {}),
    },
  };
}

/** Hono's `onError`: expected errors as they are, a client gone mid-body as 400, storage trouble as 503, anything else as a logged 500 without internals. */
export function createErrorHandler(logger: Logger) {
  return (err: Error, c: Context) => {
    const requestId = (c.get('requestId') as string | undefined) ?? 'unknown';
    let httpError: HttpError;
    if (err instanceof HttpError) {
      httpError = err;
    } else if (isClientAbort(err, c)) {
      logger.info('client aborted the request', { requestId });
      httpError = new HttpError(400, 'invalid_request', 'The request was not received in full.');
    } else if (isUnavailable(err)) {
      logger.error('storage unavailable', { requestId, errorCode: String((err as { code?: unknown }).code) });
      httpError = new HttpError(503, 'service_unavailable', 'The service cannot store applications right now. Try again shortly.', {
        retryAfterSeconds: 30,
      });
    } else {
      logger.error('unexpected error', { requestId, errorName: err.name, errorCode: String((err as { code?: unknown }).code ?? '') });
      httpError = new HttpError(500, 'internal_error', 'Something went wrong on our side.');
    }
    c.set('outcome', httpError.code);
    if (httpError.extra.retryAfterSeconds !== undefined) c.header('Retry-After', String(httpError.extra.retryAfterSeconds));
    return c.json(errorBody(httpError, requestId), httpError.status);
  };
}
