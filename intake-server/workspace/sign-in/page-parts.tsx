/** Small pieces the sign-in and account pages share: their stylesheet, the passkey scripts, language links. */
import type { Language } from '../../../contract/index.js';

/** The sign-in pages' own stylesheet (the frame's stylesheet is linked by `Page`). */
export const SignInStyles = () => <link rel="stylesheet" href="/koordinator/assets/sign-in.css" />;

/** The WebAuthn browser library and the passkey script; both from this server, loaded after the page is parsed. */
export const PasskeyScripts = () => (
  <>
    <script src="/koordinator/assets/simplewebauthn-browser.js" defer></script>
    <script src="/koordinator/assets/passkeys.js" defer></script>
  </>
);

/** The script's words, as `data-msg-*` attributes on the element it works in (`tooMany` becomes `data-msg-too-many`). */
export function passkeyMessageAttributes(messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [`data-msg-${key.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}`, text]));
}

const NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** Links to the same page in the other languages (for pages seen before signing in). */
export function LanguageLinks(props: { language: Language; label: string; href: (language: Language) => string }) {
  return (
    <nav class="language-links" aria-label={props.label}>
      <ul>
        {(['nb', 'nn', 'en'] as const).map((l) =>
          l === props.language ? (
            <li>
              <span lang={l} aria-current="page">
                {NAMES[l]}
              </span>
            </li>
          ) : (
            <li>
              <a href={props.href(l)} lang={l} hreflang={l}>
                {NAMES[l]}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
