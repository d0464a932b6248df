/** The shape of a caught mail, and the mapping from a mailparser result to it. */
import type { AddressObject, EmailAddress, HeaderValue, ParsedMail } from 'mailparser';

/** One mail as the inbox received it. Addresses are plain, lower-case email strings. */
export interface InboxMessage {
  id: string;
  /** ISO 8601 time the inbox accepted the message. */
  receivedAt: string;
  /** `MAIL FROM` of the SMTP envelope; empty for a bounce (`<>`). */
  envelopeFrom: string;
  /** `RCPT TO` of the SMTP envelope. */
  envelopeTo: string[];
  from: string;
  to: string[];
  replyTo: string[];
  subject: string;
  text: string;
  html: string;
  contentLanguage?: string;
  /** Files sent with the mail (a calendar file), their content as text. */
  attachments?: InboxAttachment[];
  /** Headers by lower-case name, decoded; a header that occurs more than once is joined with `, `. */
  headers: Record<string, string>;
}

/** A file attached to a caught mail. */
export interface InboxAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** What the SMTP session knew about a message before its content was parsed. */
export interface InboxEnvelope {
  id: string;
  receivedAt: Date;
  from: string;
  to: string[];
}

/** Builds the inbox's view of a parsed message. */
export function toInboxMessage(parsed: ParsedMail, envelope: InboxEnvelope): InboxMessage {
  const contentLanguage = headerText(parsed.headers.get('content-language'));
  return {
    id: envelope.id,
    receivedAt: envelope.receivedAt.toISOString(),
    envelopeFrom: envelope.from.toLowerCase(),
    envelopeTo: envelope.to.map((address) => address.toLowerCase()),
    from: addressesOf(parsed.from)[0] ?? '',
    to: addressesOf(parsed.to),
    replyTo: addressesOf(parsed.replyTo),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html || '',
    ...(contentLanguage ? { contentLanguage } : {}),
    attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content.toString('utf8') })),
    headers: headersOf(parsed),
  };
}

function addressesOf(header: AddressObject | AddressObject[] | undefined): string[] {
  if (!header) return [];
  const objects = Array.isArray(header) ? header : [header];
  return objects.flatMap((object) => flatten(object.value));
}

function flatten(entries: EmailAddress[]): string[] {
  return entries.flatMap((entry) =>
    entry.group ? flatten(entry.group) : entry.address ? [entry.address.toLowerCase()] : [],
  );
}

function headersOf(parsed: ParsedMail): Record<string, string> {
  // A Map first, so that a header named like an Object.prototype member cannot collide or pollute.
  const headers = new Map<string, string>();
  for (const { key } of parsed.headerLines) {
    if (headers.has(key)) continue;
    const value = parsed.headers.get(key);
    // mailparser folds List-* and priority headers into combined entries; show those as sent.
    headers.set(key, value === undefined ? rawValue(parsed, key) : headerText(value));
  }
  return Object.fromEntries(headers);
}

function rawValue(parsed: ParsedMail, key: string): string {
  return parsed.headerLines
    .filter((header) => header.key === key)
    .map((header) => header.line)
    .map((line) => line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim())
    .join(', ');
}

function headerText(value: HeaderValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => headerText(item)).join(', ');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('value' in value && typeof value.value === 'string') {
    const params = 'params' in value ? Object.entries(value.params as Record<string, string>) : [];
    return [value.value, ...params.map(([key, param]) => `${key}=${param}`)].join('; ');
  }
  return JSON.stringify(value);
}
