/** Reads a request body with a size limit: straight from Node's socket when served by @hono/node-server. */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { HttpError } from '../errors.js';

const tooLarge = (limit: number) => new HttpError(413, 'payload_too_large', `The body must be at most ${limit} bytes.`);

/**
 * The bytes of the body, or 413 as soon as it passes `limit` (a declared Content-Length over the limit is refused
 * before reading). Reading Node's IncomingMessage directly skips the web-stream wrapping of the Fetch API request,
 * which cost more than validating the application; `app.request` in tests has no socket and reads the Fetch way.
 */
export async function readBodyBytes(c: Context, limit: number): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming || incoming.readableEnded) {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength > limit) throw tooLarge(limit);
    return bytes;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      // Stop reading; the connection is closed after the answer, so the rest never has to be drained.
      c.header('Connection', 'close');
      throw tooLarge(limit);
    }
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}
