/** Reads a JSON request body strictly: JSON media type, bounded size, valid UTF-8, valid JSON. */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { LIMITS } from '../../contract/index.js';
import { HttpError } from '../errors.js';
import { readBodyBytes } from './read-body-bytes.js';

export interface JsonBody {
  value: unknown;
  /** SHA-256 of the raw bytes, for idempotency. */
  sha256: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Answers 415 unless the request says it is `application/json` (UTF-8 or no charset). */
export function assertJsonContentType(c: Context): void {
  const type = c.req.header('content-type') ?? '';
  const [mediaType = '', ...params] = type.split(';').map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/"/g, '');
  if (mediaType !== 'application/json' || (charset !== undefined && charset !== 'utf-8')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the application as application/json in UTF-8.');
  }
}

/** Reads the body within the contract's size limit and parses it. */
export async function readJsonBody(c: Context): Promise<JsonBody> {
  const bytes = await readBodyBytes(c, LIMITS.bodyBytes);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid_request', 'The body is not valid UTF-8.');
  }
  try {
    return { value: JSON.parse(text), sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch {
    throw new HttpError(400, 'invalid_json', 'The body is not valid JSON.');
  }
}
