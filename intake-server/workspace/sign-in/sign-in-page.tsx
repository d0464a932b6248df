/** The sign-in page: an email field for a single-use link, and a button to sign in with a passkey. */
import { Page } from '../layout/page.js';
import type { Language } from '../../../contract/index.js';
import { LanguageLinks, PasskeyScripts, passkeyMessageAttributes, SignInStyles } from './page-parts.js';
import { SIGN_IN_TEXTS } from './sign-in.texts.js';

export interface SignInPageProps {
  language: Language;
  /** The checked page to go to afterwards. */
  nextPath: string;
  /** What was typed, shown again with `emailError`. */
  email?: string;
  emailError?: boolean;
  /** Just signed out: of this browser, or everywhere. */
  signedOut?: 'here' | 'everywhere' | undefined;
  /** A form was sent after the session had ended, and nothing of it was saved. */
  notSaved?: boolean;
}

/** An application page (`/koordinator/soknader/ID`, the link in every notice), as opposed to the inbox or others. */
const APPLICATION_PATH = /^\/koordinator\/soknader\/[^/?#]+(?:[?#]|$)/;

/** `GET /koordinator/logg-inn`. The passkey part stays hidden until the script finds WebAuthn in the browser. */
export function SignInPage(props: SignInPageProps) {
  const t = SIGN_IN_TEXTS[props.language];
  const next = encodeURIComponent(props.nextPath);
  const toApplication = APPLICATION_PATH.test(props.nextPath);
  const title = toApplication ? t.forApplicationTitle : t.title;
  return (
    <Page title={props.emailError ? `${t.errorPrefix}: ${title}` : title} language={props.language}>
      <SignInStyles />
      <LanguageLinks language={props.language} label={t.languages} href={(l) => `/koordinator/logg-inn?lang=${l}&neste=${next}`} />
      <h1>{title}</h1>
      {props.signedOut ? (
        <p class="notice" role="status">
          {props.signedOut === 'everywhere' ? t.signedOutEverywhere : t.signedOut}
        </p>
      ) : null}
      {props.notSaved ? (
        <p class="notice" role="status">
          {t.notSaved}
        </p>
      ) : null}
      {props.emailError ? (
        <div class="error-summary" tabindex={-1} autofocus role="alert" aria-labelledby="error-summary-heading">
          <h2 id="error-summary-heading">{t.errorSummary}</h2>
          <ul>
            <li>
              <a href="#email">{t.emailError}</a>
            </li>
          </ul>
        </div>
      ) : null}
      {toApplication ? <p>{t.forApplicationIntro}</p> : null}
      <p>{t.intro}</p>

      <section aria-labelledby="email-heading">
        <h2 id="email-heading">{t.emailHeading}</h2>
        <form method="post" action="/koordinator/logg-inn" novalidate>
          <input type="hidden" name="neste" value={props.nextPath} />
          <input type="hidden" name="lang" value={props.language} />
          <label for="email">{t.emailLabel}</label>
          <p class="hint" id="email-hint">
            {t.emailHint}
          </p>
          {props.emailError ? (
            <p class="field-error" id="email-error">
              {t.emailError}
            </p>
          ) : null}
          <input
            type="email"
            id="email"
            name="email"
            autocomplete="email"
            spellcheck={false}
            required
            value={props.email ?? ''}
            aria-describedby={props.emailError ? 'email-hint email-error' : 'email-hint'}
            aria-invalid={props.emailError ? 'true' : undefined}
          />
          <div class="actions">
            <button type="submit">{t.sendLink}</button>
          </div>
        </form>
      </section>

      <section aria-labelledby="passkey-heading" class="passkey-sign-in" data-passkey="sign-in" data-next={props.nextPath} hidden {...passkeyMessageAttributes({ ...t.passkey })}>
        <h2 id="passkey-heading">{t.passkeyHeading}</h2>
        <p>{t.passkeyHint}</p>
        <div class="actions">
          <button type="button" class="secondary" data-passkey-start>
            {t.passkeyButton}
          </button>
        </div>
        <p class="passkey-status" role="status" data-passkey-status></p>
      </section>
      <PasskeyScripts />
    </Page>
  );
}
