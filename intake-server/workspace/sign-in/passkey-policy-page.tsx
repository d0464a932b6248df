/** The national admin's page for which associations require passkeys. */
import type { Staff } from '../auth/staff.js';
import { Page } from '../layout/page.js';
import type { WorkspaceLanguage } from '../layout/texts.js';
import { ACCOUNT_TEXTS } from './account.texts.js';
import { SignInStyles } from './page-parts.js';
import type { AssociationRequirement } from './passkey-policy.repository.js';

/** `GET /koordinator/passnokkelkrav`: one checkbox per association. */
export function PasskeyPolicyPage(props: { language: WorkspaceLanguage; staff: Staff; associations: AssociationRequirement[]; saved: boolean }) {
  const t = ACCOUNT_TEXTS[props.language];
  return (
    <Page title={t.policyTitle} language={props.language} staff={props.staff}>
      <SignInStyles />
      <h1>{t.policyTitle}</h1>
      {props.saved ? (
        <p class="notice" role="status">
          {t.flash.policy}
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
    </Page>
  );
}
