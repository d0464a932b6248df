/** The stylesheet and icon of the hosted pages (served as files: the pages' CSP allows nothing inline). */
export const HOSTED_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{color-scheme:light;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;line-height:1.5;color:#1d2329;background:#f6f7f8}
a{color:#0b5d6b;text-underline-offset:.15em}
a:focus-visible{outline:3px solid #1f4fa3;outline-offset:2px}
.inner{max-width:44rem;margin:0 auto;padding:0 1rem}
.header{background:#fff;border-bottom:4px solid #0b5d6b}
.header .inner{padding-top:1.25rem;padding-bottom:1.25rem}
.kicker{margin:0;font-size:.9375rem;font-weight:600;letter-spacing:.02em;color:#4a5561}
h1{margin:.125rem 0 0;font-size:1.75rem;line-height:1.2}
.main .inner{padding-top:1.5rem;padding-bottom:2rem}
.main ressursvenn-signup{--rv-max-width:none;border:1px solid #d5dade;border-radius:8px}
.noscript{padding:1rem;background:#fff;border:1px solid #d5dade;border-radius:8px}
.footer{border-top:1px solid #d5dade;background:#fff;font-size:.9375rem;color:#4a5561}
.footer .inner{padding-top:1rem;padding-bottom:1.5rem}
.footer p{margin:.25rem 0}
body.frame{background:transparent}
body.frame ressursvenn-signup{max-width:none}
`;

/** The pages' icon, so that browsers do not ask for a /favicon.ico that is not there. */
export const HOSTED_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#0b5d6b"/><path d="M16 9v14M9 16h14" stroke="#fff" stroke-width="4" stroke-linecap="round"/></svg>`;
