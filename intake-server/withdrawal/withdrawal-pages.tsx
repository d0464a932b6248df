/** The withdrawal pages: the question with one button, the answer, and a kind page for a link that no longer works. */
import type { Child } from 'hono/jsx';
import type { Language } from '../../contract/index.js';
import { PlainPage } from '../hosted/hosted-page.js';
import type { WithdrawalTexts } from './withdrawal.texts.js';

function Frame(props: { language: Language; title: string; kicker: string; children: Child }) {
  return (
    <PlainPage language={props.language} title={props.title} kicker={props.kicker} heading={props.title} noindex>
      <div class="receipt">{props.children}</div>
    </PlainPage>
  );
}

export function ConfirmWithdrawalPage({ language, action, texts: t }: { language: Language; action: string; texts: WithdrawalTexts }) {
  return (
    <Frame language={language} title={t.confirmTitle} kicker={t.kicker}>
      <p>{t.confirm}</p>
      <p>{t.consequence}</p>
      <form method="post" action={action}>
        <button type="submit">{t.button}</button>
      </form>
      <p>{t.keep}</p>
    </Frame>
  );
}

export function WithdrawnPage({ language, texts: t }: { language: Language; texts: WithdrawalTexts }) {
  return (
    <Frame language={language} title={t.doneTitle} kicker={t.kicker}>
      <p>{t.done}</p>
      <p>{t.welcomeBack}</p>
    </Frame>
  );
}

export function LinkUnavailablePage({ language, texts: t }: { language: Language; texts: WithdrawalTexts }) {
  return (
    <Frame language={language} title={t.unavailableTitle} kicker={t.kicker}>
      <p>{t.unavailable}</p>
      <p>{t.unavailableHelp}</p>
    </Frame>
  );
}
