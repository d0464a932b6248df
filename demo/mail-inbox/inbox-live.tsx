/** The parts of the inbox page that change on their own: the SMTP banner and the message list. */
import type { InboxMessage } from './inbox-message.js';
import { countMessages, formatTime, subjectOrPlaceholder } from './inbox-format.js';

/** Props of {@link SmtpStatus}. */
export interface SmtpStatusProps {
  running: boolean;
  /** `host:port` of the SMTP listener. */
  address: string;
  /** Where the toggle form returns to. */
  back: string;
}

/** The banner saying whether mail can be delivered, with the button that flips it. */
export function SmtpStatus({ running, address, back }: SmtpStatusProps) {
  return (
    <section
      id="smtp-status"
      class={running ? 'smtp-status smtp-status--running' : 'smtp-status smtp-status--stopped'}
      aria-labelledby="smtp-status-heading"
      data-live-region
    >
      <div class="smtp-status__text">
        <h2 id="smtp-status-heading" class="smtp-status__heading" data-live-announce>
          {running ? 'SMTP-serveren kjører' : 'SMTP-serveren er stoppet'}
        </h2>
        <p>
          {running ? (
            <>
              E-post som sendes til <code>{address}</code>, havner i denne innboksen. Ingenting sendes videre.
            </>
          ) : (
            <>
              <code>{address}</code> tar ikke imot e-post nå, akkurat som når en e-posttjener er nede. Prøv hva som
              skjer med påmeldinger og varsler i mellomtiden, og start serveren igjen etterpå.
            </>
          )}
        </p>
      </div>
      <form method="post" action={running ? '/smtp/stop' : '/smtp/start'} class="smtp-status__form">
        <input type="hidden" name="back" value={back} />
        <button type="submit" class={running ? 'button button--warning' : 'button button--primary'}>
          {running ? 'Stopp SMTP-serveren' : 'Start SMTP-serveren igjen'}
        </button>
      </form>
    </section>
  );
}

/** Props of {@link MessageList}. */
export interface MessageListProps {
  /** Newest first. */
  messages: InboxMessage[];
  openId?: string;
}

/** The list of caught messages: time, recipients and subject, each linking to the message. */
export function MessageList({ messages, openId }: MessageListProps) {
  return (
    <section id="message-list" class="message-list" aria-labelledby="message-list-heading" data-live-region>
      <div class="message-list__header">
        <h2 id="message-list-heading" data-live-announce>
          {countMessages(messages.length)}
        </h2>
        {messages.length > 0 && (
          <form method="post" action="/clear">
            <button type="submit" class="button button--secondary">
              Tøm innboksen
            </button>
          </form>
        )}
      </div>
      {messages.length === 0 ? (
        <p class="message-list__empty">
          Ingen e-post ennå. Send en søknad i skjemaet på demosiden, så dukker bekreftelsen og varselet til koordinatoren
          opp her.
        </p>
      ) : (
        <ol class="message-list__items">
          {messages.map((message) => (
            <li class="message-list__item">
              <a
                href={`/messages/${encodeURIComponent(message.id)}#message`}
                class="message-list__link"
                aria-current={message.id === openId ? 'page' : undefined}
              >
                <span class="message-list__subject">{subjectOrPlaceholder(message.subject)}</span>
                <span class="message-list__meta">
                  <span>
                    <span class="visually-hidden">Til: </span>
                    {message.to.join(', ') || message.envelopeTo.join(', ')}
                  </span>
                  <time datetime={message.receivedAt}>{formatTime(message.receivedAt)}</time>
                </span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
