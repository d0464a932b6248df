/** One caught message: its addresses, its text part, its HTML part in a sandboxed frame, and all its headers. */
import type { InboxMessage } from './inbox-message.js';
import { formatDateTime, subjectOrPlaceholder } from './inbox-format.js';

/**
 * Scripts in the mail stay off (no `allow-scripts`); links open in a new tab outside the sandbox, so that a link in a
 * coordinator email can be followed from here.
 */
const FRAME_SANDBOX = 'allow-popups allow-popups-to-escape-sandbox';
const LINK_TARGET = '<base target="_blank">';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g;

/** The open message, as an article. */
export function MessageView({ message }: { message: InboxMessage }) {
  const headers = Object.entries(message.headers);
  return (
    <article id="message" class="message" aria-labelledby="message-heading" lang={message.contentLanguage}>
      <p class="message__back" lang="nb">
        <a href="/">Tilbake til innboksen</a>
      </p>
      <h2 id="message-heading" class="message__subject">
        {subjectOrPlaceholder(message.subject)}
      </h2>
      <dl class="message__fields" lang="nb">
        <Field label="Fra" value={message.from} />
        <Field label="Til" value={message.to.join(', ')} />
        <Field label="Svar til (Reply-To)" value={message.replyTo.join(', ')} />
        <Field label="Emne" value={message.subject} />
        <Field label="Språk" value={message.contentLanguage ?? ''} />
        <Field label="Mottatt" value={formatDateTime(message.receivedAt)} />
        <Field
          label="Konvolutt"
          value={`${message.envelopeFrom || '<>'} → ${message.envelopeTo.join(', ')}`}
        />
      </dl>

      <section class="message__part" aria-labelledby="text-part-heading">
        <h3 id="text-part-heading" lang="nb">
          Tekstdel
        </h3>
        {message.text ? (
          <pre class="message__text">{linkify(message.text)}</pre>
        ) : (
          <p class="message__missing" lang="nb">
            Meldingen har ingen tekstdel.
          </p>
        )}
      </section>

      <section class="message__part" aria-labelledby="html-part-heading">
        <h3 id="html-part-heading" lang="nb">
          HTML-del
        </h3>
        {message.html ? (
          <iframe
            class="message__html"
            title={`HTML-delen av «${subjectOrPlaceholder(message.subject)}»`}
            sandbox={FRAME_SANDBOX}
            referrerpolicy="no-referrer"
            srcdoc={LINK_TARGET + message.html}
          />
        ) : (
          <p class="message__missing" lang="nb">
            Meldingen har ingen HTML-del.
          </p>
        )}
      </section>

      <details class="message__headers" lang="nb">
        <summary>Alle e-posthoder ({headers.length})</summary>
        <dl>
          {headers.map(([name, value]) => (
            <div class="message__header">
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </article>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div class="message__field">
      <dt>{label}</dt>
      <dd>{value === '' ? <span class="message__missing">(ingen)</span> : value}</dd>
    </div>
  );
}

/** Splits text into plain strings and links, so that URLs in a mail's text part can be followed. */
function linkify(text: string) {
  const parts: (string | ReturnType<typeof LinkOut>)[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    parts.push(text.slice(last, start), <LinkOut href={match[0]} />);
    last = start + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function LinkOut({ href }: { href: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {href}
    </a>
  );
}
