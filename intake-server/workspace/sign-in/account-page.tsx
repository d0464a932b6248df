/** The account page: who you are, your associations, language, passkeys (register, remove, require) and signing out. */
import type { WorkspaceSession } from '../auth/session.middleware.js';
import { formatOsloTime } from '../../lib/oslo-format.js';
import { Page } from '../layout/page.js';
import type { Language } from '../../../contract/index.js';
import { ACCOUNT_TEXTS, type FlashKey } from './account.texts.js';
import { PasskeyScripts, passkeyMessageAttributes, SignInStyles } from './page-parts.js';
import type { PasskeySummary } from '../../accounts/passkeys.repository.js';
import { DEFAULT_NEXT_PATH } from './next-path.js';
import { PASSKEY_NAME_MAX } from './passkey-registration.js';
import { SIGN_IN_TEXTS } from './sign-in.texts.js';

export interface AccountPageProps {
  language: Language;
  session: WorkspaceSession;
  /** Names of the associations the person coordinates (empty for an admin, who sees all). */
  associationNames: string[];
  passkeys: PasskeySummary[];
  /** The account's own "require a passkey" setting (an association may require it as well). */
  ownRequirement: boolean;
  flash?: FlashKey | undefined;
  /** Where a limited session was on its way to: a passkey sign-in from this page leads there. */
  nextPath?: string | undefined;
}

const LANGUAGE_NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** `GET /koordinator/konto`. A limited session sees only what it may do: register a passkey and sign in with it. */
export function AccountPage(props: AccountPageProps) {
  const t = ACCOUNT_TEXTS[props.language];
  const { staff, limited } = props.session;
  const date = (iso: string) => formatOsloTime(iso, props.language);
  return (
    <Page title={t.title} language={props.language} staff={limited ? undefined : staff}>
      <SignInStyles />
      <h1>{t.title}</h1>
      {props.flash ? (
        <p class="notice" role="status">
          {t.flash[props.flash]}
        </p>
      ) : null}

      {limited ? (
        <section class="required" aria-labelledby="required-heading">
          <h2 id="required-heading">{t.requiredTitle}</h2>
          <p>{t.requiredBody}</p>
          <p>{props.passkeys.length > 0 ? t.requiredHasPasskey : t.requiredNoPasskey}</p>
          {props.passkeys.length > 0 ? (
            <>
              <div data-passkey="sign-in" data-next={props.nextPath ?? DEFAULT_NEXT_PATH} hidden {...passkeyMessageAttributes({ ...SIGN_IN_TEXTS[props.language].passkey })}>
                <div class="actions">
                  <button type="button" data-passkey-start>
                    {t.passkeySignIn}
                  </button>
                </div>
                <p class="passkey-status" role="status" data-passkey-status></p>
              </div>
              <p>{t.requiredLost}</p>
            </>
          ) : null}
        </section>
      ) : null}

      <dl class="facts">
        <div>
          <dt>{t.name}</dt>
          <dd>{staff.name}</dd>
        </div>
        <div>
          <dt>{t.email}</dt>
          <dd>{staff.email}</dd>
        </div>
        <div>
          <dt>{t.role}</dt>
          <dd>{t.roles[staff.role]}</dd>
        </div>
      </dl>

      <section aria-labelledby="associations-heading">
        <h2 id="associations-heading">{t.associations}</h2>
        {staff.role === 'admin' ? (
          <p>{t.allAssociations}</p>
        ) : props.associationNames.length > 0 ? (
          <ul>
            {props.associationNames.map((name) => (
              <li>{name}</li>
            ))}
          </ul>
        ) : (
          <p>{t.noAssociations}</p>
        )}
      </section>

      <section aria-labelledby="passkeys-heading">
        <h2 id="passkeys-heading">{t.passkeys}</h2>
        <p>{t.passkeysIntro}</p>
        {props.passkeys.length === 0 ? (
          <p>{t.noPasskeys}</p>
        ) : (
          <ul class="passkeys">
            {props.passkeys.map((p) => (
              <li>
                <p class="passkey-name">{p.name}</p>
                <p class="passkey-dates">
                  {t.registered}: {date(p.createdAt)}
                  <br />
                  {t.lastUsed}: {p.lastUsedAt ? date(p.lastUsedAt) : t.never}
                </p>
                {limited ? null : (
                  <form method="post" action="/koordinator/konto/passnokler/slett">
                    <input type="hidden" name="id" value={p.credentialId} />
                    <button type="submit" class="secondary" aria-label={t.remove(p.name)}>
                      {t.removeLabel}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
        {/* Where a passkey is required, a link session adds the first passkey only; more take a passkey sign-in. */}
        {limited && props.passkeys.length > 0 ? null : (
          <form class="passkey-register" data-passkey="register" data-next={props.nextPath} hidden {...passkeyMessageAttributes(t.passkey)}>
            <h3>{t.register}</h3>
            <label for="passkey-name">{t.registerLabel}</label>
            <p class="hint" id="passkey-name-hint">
              {t.registerHint}
            </p>
            <input type="text" id="passkey-name" name="name" maxlength={PASSKEY_NAME_MAX} autocomplete="off" aria-describedby="passkey-name-hint" />
            <div class="actions">
              <button type="submit">{t.registerButton}</button>
            </div>
            <p class="passkey-status" role="status" data-passkey-status></p>
          </form>
        )}
      </section>

      {limited ? null : (
        <section aria-labelledby="require-heading">
          <h2 id="require-heading">{t.require}</h2>
          {props.session.passkeyRequired && !props.ownRequirement ? <p>{t.requiredByAssociation}</p> : null}
          <form method="post" action="/koordinator/konto/krev-passnokkel">
            <div class="choice">
              <input type="checkbox" id="require-passkey" name="krev" value="1" checked={props.ownRequirement} aria-describedby="require-hint" />
              <label for="require-passkey">{t.requireLabel}</label>
            </div>
            <p class="hint" id="require-hint">
              {t.requireHint}
            </p>
            <div class="actions">
              <button type="submit" class="secondary">
                {t.save}
              </button>
            </div>
          </form>
          {staff.role === 'admin' ? (
            <p>
              <a href="/koordinator/passnokkelkrav">{t.policyLink}</a>
            </p>
          ) : null}
        </section>
      )}

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t.language}</h2>
        <form method="post" action="/koordinator/konto/sprak">
          <fieldset>
            <legend>{t.languageLegend}</legend>
            {(['nb', 'nn', 'en'] as const).map((l) => (
              <div class="choice">
                <input type="radio" id={`language-${l}`} name="sprak" value={l} checked={staff.language === l} />
                <label for={`language-${l}`} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </label>
              </div>
            ))}
          </fieldset>
          <div class="actions">
            <button type="submit" class="secondary">
              {t.saveLanguage}
            </button>
          </div>
        </form>
      </section>

      <form method="post" action="/koordinator/konto/logg-ut-overalt" class="sign-out-everywhere">
        <p class="hint" id="sign-out-everywhere-hint">
          {t.signOutEverywhereHint}
        </p>
        <button type="submit" class="secondary" aria-describedby="sign-out-everywhere-hint">
          {t.signOutEverywhere}
        </button>
      </form>
      <PasskeyScripts />
    </Page>
  );
}
