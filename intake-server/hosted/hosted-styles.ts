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
.plain-form,.receipt,.notice{padding:1rem;background:#fff;border:1px solid #d5dade;border-radius:8px}
h2{font-size:1.375rem;line-height:1.25;margin:0 0 .75rem}
h3{font-size:1.125rem;margin:1.25rem 0 .5rem}
body,h1,h2,h3,p,li,label,legend,a{overflow-wrap:anywhere}
fieldset{border:0;margin:1.5rem 0 0;padding:0;min-width:0}
fieldset>legend{font-size:1.25rem;font-weight:700;padding:0;margin-bottom:.5rem}
fieldset.yes-no{margin:1rem 0 0}
fieldset.yes-no>legend{font-size:1rem;font-weight:600}
.field{margin:1rem 0 0}
.field>label{display:block;font-weight:600}
.hint{margin:.125rem 0 .25rem;color:#4a5561}
input[type=text],input[type=email],input[type=tel],textarea{display:block;width:100%;max-width:30rem;font:inherit;padding:.5rem;border:2px solid #4a5561;border-radius:4px;background:#fff;color:inherit}
textarea{max-width:none}
input:focus-visible,textarea:focus-visible,button:focus-visible,[tabindex="-1"]:focus-visible{outline:3px solid #1f4fa3;outline-offset:2px}
.choices{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
.choices label,.checkbox{display:flex;align-items:flex-start;gap:.5rem}
.checkbox>label{font-weight:400}
input[type=radio],input[type=checkbox]{width:1.5rem;height:1.5rem;margin:0;flex:none}
.checkbox .field-error{flex-basis:100%}
.checkbox{flex-wrap:wrap}
.has-error input,.has-error textarea{border-color:#b3261e}
.field-error{margin:.25rem 0;color:#b3261e;font-weight:600}
.error-summary{margin:1rem 0;padding:1rem;border:3px solid #b3261e;border-radius:8px;background:#fff}
.error-summary h2{font-size:1.125rem}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:#b3261e;font-weight:600}
.notice{border:3px solid #b3261e;margin:1rem 0}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
button[type=submit]{margin-top:1.5rem;font:inherit;font-weight:600;padding:.625rem 1.25rem;border:0;border-radius:4px;background:#0b5d6b;color:#fff;cursor:pointer;max-width:100%}
.reference{font-size:1.125rem;letter-spacing:.04em}
.footer{border-top:1px solid #d5dade;background:#fff;font-size:.9375rem;color:#4a5561}
.footer .inner{padding-top:1rem;padding-bottom:1.5rem}
.footer p{margin:.25rem 0}
body.frame{background:transparent}
body.frame ressursvenn-signup{max-width:none}
`;

/**
 * The hosted page's one script besides widget.js: once the widget is defined (widget.js loaded and ran), it removes the
 * server's form, and the widget, mounted where its script tag stands, takes its place. Without scripts, or when
 * widget.js fails to load, nothing happens and the server's form stays.
 */
export const HOSTED_SCRIPT = `"use strict";
if (window.customElements) customElements.whenDefined('ressursvenn-signup').then(function () {
  var form = document.getElementById('skjema-uten-skript');
  if (form) form.remove();
});
`;

/** The pages' icon, so that browsers do not ask for a /favicon.ico that is not there. */
export const HOSTED_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#0b5d6b"/><path d="M16 9v14M9 16h14" stroke="#fff" stroke-width="4" stroke-linecap="round"/></svg>`;
