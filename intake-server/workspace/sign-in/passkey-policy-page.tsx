/** The national admin's page for which associations require passkeys, and for removing a coordinator's passkeys. */
import type { Staff } from '../../accounts/staff.js';
import { Page } from '../layout/page.js';
import type { Language } from '../../../contract/index.js';
import { ACCOUNT_TEXTS } from './account.texts.js';
import { SignInStyles } from './page-parts.js';
import type { AssociationRequirement } from '../../accounts/passkey-policy.repository.js';

/** What the page confirms after a form: requirements saved, passkeys removed, or no account with that address. */
export type PolicyFlash = 'policy' | 'passkeysRemoved' | 'unknownAccount';

/** `GET /koordinator/passnokkelkrav`: one checkbox per association, then the form for a lost passkey. */
export function PasskeyPolicyPage(props: { language: Language; staff: Staff; associations: AssociationRequirement[]; flash?: PolicyFlash | undefined }) {
  const t = ACCOUNT_TEXTS[props.language];
  const flash = props.flash === 'policy' ? t.flash.policy : props.flash === 'passkeysRemoved' ? t.resetDone : props.flash === 'unknownAccount' ? t.resetUnknown : undefined;
  return (
    <Page title={t.policyTitle} language={props.language} staff={props.staff}>
      <SignInStyles />
      <h1>{t.policyTitle}</h1>
      {flash ? (
        <p class="notice" role="status">
          {flash}
        </p>
      ) : null}
      <p>{t.policyIntro}</p>
      <p>{t.policyHowTo}</p>
      <form method="post" action="/koordinator/passnokkelkrav">
        <fieldset>
          <legend>{t.policyLegend}</legend>
          {props.associations.map((a, i) => (
            <div class="choice">
              <input type="checkbox" id={`association-${i}`} name="forening" value={a.id} checked={a.required} />
              <label for={`association-${i}`}>{a.kind === 'national' ? `${a.name} (${t.policyNational})` : a.name}</label>
            </div>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit">{t.save}</button>
        </div>
      </form>

      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">{t.resetTitle}</h2>
        <p>{t.resetIntro}</p>
        <form method="post" action="/koordinator/passnokkelkrav/passnokler">
          <label for="reset-email">{t.resetLabel}</label>
          <input type="email" id="reset-email" name="email" autocomplete="off" spellcheck={false} required />
          <div class="actions">
            <button type="submit" class="secondary">
              {t.resetButton}
            </button>
          </div>
        </form>
      </section>
    </Page>
  );
}
