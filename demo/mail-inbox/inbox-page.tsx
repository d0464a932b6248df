/** The inbox page as a whole, and the fragment its script polls to keep the banner and list current. */
import type { InboxMessage } from './inbox-message.js';
import { subjectOrPlaceholder } from './inbox-format.js';
import { MessageList, SmtpStatus } from './inbox-live.js';
import { MessageView } from './message-view.js';

/** What the page shows. */
export interface InboxPageState {
  /** Oldest first, as the store keeps them; the page shows them newest first. */
  messages: InboxMessage[];
  smtpRunning: boolean;
  smtpAddress: string;
  /** The message to show, if any. */
  open?: InboxMessage;
  /** A message was asked for that is no longer kept. */
  missing?: boolean;
  /** A failed action to tell the user about. */
  problem?: string;
}

/** Renders the full inbox page. */
export function renderInboxPage(state: InboxPageState): Promise<string> {
  const back = state.open ? `/messages/${encodeURIComponent(state.open.id)}` : '/';
  const liveUrl = `/live${state.open ? `?open=${encodeURIComponent(state.open.id)}` : ''}`;
  const title = state.open ? `${subjectOrPlaceholder(state.open.subject)} – Demo-innboks` : 'Demo-innboks';
  const page = (
    <html lang="nb">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <title>{title}</title>
        <link rel="stylesheet" href="/assets/inbox.css" />
        <script src="/assets/inbox.js" defer></script>
      </head>
      <body>
        <header class="page-header">
          <div class="page-header__inner">
            <p class="page-header__badge">Demo</p>
            <h1>Demo-innboks</h1>
            <p class="page-header__lead">
              Her havner all e-post som Ressursvenn-demoen sender: bekreftelser til søkere og varsler til koordinatorer.
            </p>
          </div>
        </header>
        <main class="page" data-live-url={liveUrl}>
          {state.problem && (
            <div class="problem" role="alert">
              {state.problem}
            </div>
          )}
          <SmtpStatus running={state.smtpRunning} address={state.smtpAddress} back={back} />
          <p id="live-announcer" class="visually-hidden" aria-live="polite"></p>
          <div class={state.open || state.missing ? 'inbox inbox--with-message' : 'inbox'}>
            <MessageList messages={[...state.messages].reverse()} openId={state.open?.id} />
            {state.open && <MessageView message={state.open} />}
            {state.missing && (
              <article class="message" aria-labelledby="message-heading">
                <h2 id="message-heading">Meldingen finnes ikke lenger</h2>
                <p>
                  Innboksen er tømt, eller meldingen er blant de eldste som er tatt ut. <a href="/">Til innboksen</a>
                </p>
              </article>
            )}
          </div>
        </main>
      </body>
    </html>
  );
  return toDocument(page);
}

/** Renders the banner and the list alone, for the page's script to swap in. */
export function renderLiveFragment(state: InboxPageState): Promise<string> {
  const back = state.open ? `/messages/${encodeURIComponent(state.open.id)}` : '/';
  const fragment = (
    <div>
      <SmtpStatus running={state.smtpRunning} address={state.smtpAddress} back={back} />
      <MessageList messages={[...state.messages].reverse()} openId={state.open?.id} />
    </div>
  );
  return toDocument(fragment);
}

async function toDocument(node: { toString(): string | Promise<string> }): Promise<string> {
  return `<!doctype html>${await node.toString()}`;
}
