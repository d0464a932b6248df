/** The pages around a mailed link: "check your email", "press to sign in", "this link no longer works", "too many". */
import { Page } from '../layout/page.js';
import type { Language } from '../../../contract/index.js';
import { SignInStyles } from './page-parts.js';
import { SIGN_IN_TEXTS } from './sign-in.texts.js';

const askAgainHref = (language: Language, nextPath?: string) =>
  `/koordinator/logg-inn?lang=${language}${nextPath ? `&neste=${encodeURIComponent(nextPath)}` : ''}`;

/** The same answer to every request for a link, whether or not the address is known, throttled or sent. */
export function LinkSentPage(props: { language: Language; nextPath: string }) {
  const t = SIGN_IN_TEXTS[props.language];
  return (
    <Page title={t.sentTitle} language={props.language}>
      <SignInStyles />
      <h1>{t.sentTitle}</h1>
      <p>{t.sentBody}</p>
      <p>{t.sentNotArrived}</p>
      <p>
        <a href={askAgainHref(props.language, props.nextPath)}>{t.askAgain}</a>
      </p>
    </Page>
  );
}

/**
 * What a mailed link opens: a button that posts the token. Mail scanners follow links with GET, so only the POST
 * uses the link up.
 */
export function LinkConfirmPage(props: { language: Language; token: string }) {
  const t = SIGN_IN_TEXTS[props.language];
  return (
    <Page title={t.linkTitle} language={props.language}>
      <SignInStyles />
      <h1>{t.linkTitle}</h1>
      <form method="post" action="/koordinator/logg-inn/lenke">
        <input type="hidden" name="token" value={props.token} />
        <input type="hidden" name="lang" value={props.language} />
        <p>{t.linkBody}</p>
        <div class="actions">
          <button type="submit">{t.linkButton}</button>
        </div>
      </form>
      <p class="hint">{t.linkWhy}</p>
    </Page>
  );
}

/** A link that is unknown, used or expired. */
export function DeadLinkPage(props: { language: Language }) {
  const t = SIGN_IN_TEXTS[props.language];
  return (
    <Page title={t.deadLinkTitle} language={props.language}>
      <SignInStyles />
      <h1>{t.deadLinkTitle}</h1>
      <p>{t.deadLinkBody}</p>
      <p>
        <a href={askAgainHref(props.language)}>{t.askAgain}</a>
      </p>
    </Page>
  );
}

/** Too many attempts from this client address. */
export function TooManyAttemptsPage(props: { language: Language }) {
  const t = SIGN_IN_TEXTS[props.language];
  return (
    <Page title={t.tooManyTitle} language={props.language}>
      <SignInStyles />
      <h1>{t.tooManyTitle}</h1>
      <p>{t.tooManyBody}</p>
    </Page>
  );
}
