/** The withdrawal pages: the question with one button, the answer, and a kind page for a link that no longer works. */
import type { Language } from '../../contract/index.js';
import type { WithdrawalTexts } from './withdrawal.texts.js';

function Frame(props: { language: Language; title: string; kicker: string; children: unknown }) {
  return (
    <html lang={props.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{props.title}</title>
        <link rel="stylesheet" href="/skjema/hosted.css" />
        <link rel="icon" href="/skjema/icon.svg" type="image/svg+xml" />
      </head>
      <body>
        <header class="header">
          <div class="inner">
            <p class="kicker">{props.kicker}</p>
            <h1>{props.title}</h1>
          </div>
        </header>
        <main class="main">
          <div class="inner">
            <div class="receipt">{props.children}</div>
          </div>
        </main>
      </body>
    </html>
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
