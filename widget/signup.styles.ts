/**
 * Styles of <ressursvenn-signup> for its first screen (the later steps' styles come with the flow chunk, see
 * flow.styles.ts). Themable only through the documented `--rv-*` custom properties and `::part()`.
 */
import { css } from 'lit';

export const signupStyles = css`
  /* The host page's own rules win over :host unless they are !important here: a page with "* { all: unset }" must
     not turn the form inline. Everything else is set on .root, inside the shadow root, where page rules never reach. */
  :host {
    display: block !important;
  }

  :host([hidden]) {
    display: none !important;
  }

  [hidden] {
    display: none !important;
  }

  .root {
    /* Everything the page may have set (inherited text styles and all) back to initial, in one go; the --rv-*
       custom properties are not affected by all, so the theme still comes through. Then what the form needs: */
    all: initial;
    /* The two properties all leaves alone. */
    direction: ltr;
    unicode-bidi: isolate;
    display: block;
    box-sizing: border-box;
    max-width: var(--rv-max-width, 40em);
    padding: var(--rv-padding, 1em);
    border-radius: var(--rv-radius, 6px);
    color-scheme: light;
    background: var(--rv-color-background, #ffffff);
    color: var(--rv-color-text, #1d2329);
    font-family: var(--rv-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    /* medium is the reader's own default size: the page's html { font-size } (62.5 %, or 60px) cannot change it.
       Every length below is in em for the same reason. */
    font-size: var(--rv-font-size, medium);
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  .root--inherit-font {
    font-family: var(--rv-font-family, inherit);
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .root > * {
    margin-top: 0;
  }

  h2,
  h3 {
    margin: 0 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
    color: inherit;
  }

  .title {
    font-size: 1.5em;
  }

  h3 {
    font-size: 1.125em;
  }

  p {
    margin: 0 0 0.75em;
  }

  a {
    color: var(--rv-color-accent, #0b5d6b);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 2px;
  }

  :focus-visible {
    outline: 3px solid var(--rv-color-focus, #1f4fa3);
    outline-offset: 2px;
  }

  /* Headings take focus from script on each step, for screen readers; a ring around a heading only confuses. */
  h3[tabindex='-1']:focus {
    outline: none;
  }

  /* The summary, failure notice and receipt take focus from script; the ring must clear their own border. */
  section:focus-visible {
    outline-offset: 4px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }


  /* Out of sight and out of the tab order: only form-filling bots find the honeypot. */
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  /* Language switch and quick exit */
  .top-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-bottom: 1em;
  }

  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }

  .language {
    min-height: 2em;
    margin: 0;
    padding: 0.25em 0.625em;
    font: inherit;
    font-size: 0.9375em;
    color: var(--rv-color-accent, #0b5d6b);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: transparent;
    border: 1px solid transparent;
    border-radius: var(--rv-radius, 6px);
    cursor: pointer;
  }

  .language[aria-pressed='true'] {
    font-weight: 600;
    color: var(--rv-color-text, #1d2329);
    text-decoration: none;
    background: var(--rv-color-surface, #f3f5f7);
    border-color: var(--rv-color-border-subtle, #c9d0d6);
    cursor: default;
  }

  .quick-exit {
    min-height: 2.75em;
    margin: 0 0 0 auto;
    padding: 0.5em 1.125em;
    font: inherit;
    font-weight: 600;
    color: #ffffff;
    background: #3a4450;
    border: 2px solid transparent;
    border-radius: var(--rv-radius, 6px);
    cursor: pointer;
  }

  .quick-exit:hover {
    background: #1d2329;
  }

  .intro {
    margin-bottom: 1.25em;
  }

  /* Help panel: quiet, but easy to find and open. */
  .help {
    margin: 0 0 2em;
    border: 1px solid var(--rv-color-border-subtle, #c9d0d6);
    border-radius: var(--rv-radius, 6px);
    background: var(--rv-color-surface, #f3f5f7);
  }

  .help-summary {
    display: flex;
    align-items: center;
    gap: 0.625em;
    list-style: none;
    min-height: 2.75em;
    padding: 0.625em 1em;
    font-weight: 600;
    cursor: pointer;
    border-radius: var(--rv-radius, 6px);
  }

  .help-summary::-webkit-details-marker {
    display: none;
  }

  /* A chevron that turns when the panel opens: display:flex on <summary> hides the native marker. */
  .help-summary::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin: 0 0.125em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
    transition: transform 0.15s ease-in-out;
  }

  .help[open] > .help-summary::before {
    transform: rotate(45deg);
  }

  .help-body {
    padding: 0 1em 0.5em;
  }

  .help-list {
    margin: 0 0 0.75em;
    padding-left: 1.25em;
  }

  .help-list li + li {
    margin-top: 0.5em;
  }

  .help a {
    font-weight: 600;
    white-space: nowrap;
  }

  /* Form layout */
  form {
    margin: 0;
  }

  .progress {
    display: flex;
    gap: 0.25em;
    margin-bottom: 0.875em;
  }

  .progress-segment {
    flex: 1;
    height: 0.3125em;
    border-radius: 1em;
    background: var(--rv-color-border-subtle, #c9d0d6);
  }

  .progress-segment--done {
    background: var(--rv-color-accent, #0b5d6b);
  }

  .step-heading {
    margin-bottom: 1em;
    font-size: 1.25em;
  }

  .step-count {
    display: block;
    margin-bottom: 0.125em;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--rv-color-muted, #4a5561);
  }

  .required-note {
    color: var(--rv-color-muted, #4a5561);
  }

  .field {
    margin: 0 0 1.5em;
  }

  .field > label {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 600;
  }

  .hint {
    margin: 0 0 0.5em;
    font-size: 0.9375em;
    color: var(--rv-color-muted, #4a5561);
  }

  .input {
    display: block;
    width: 100%;
    min-height: 2.75em;
    margin: 0;
    padding: 0.5em 0.75em;
    font: inherit;
    color: inherit;
    background: var(--rv-color-input-background, #ffffff);
    border: 1px solid var(--rv-color-border, #6b7581);
    border-radius: var(--rv-radius, 6px);
  }

  .field--narrow .input {
    max-width: 12em;
  }

  /* Buttons */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1em;
    margin-top: 1.5em;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.75em;
    min-height: 2.75em;
    margin: 0;
    padding: 0.625em 1.5em;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    color: var(--rv-color-accent-contrast, #ffffff);
    background: var(--rv-color-accent, #0b5d6b);
    border: 2px solid var(--rv-color-accent, #0b5d6b);
    border-radius: var(--rv-radius, 6px);
    cursor: pointer;
    transition: background-color 0.15s ease-in-out;
  }

  .button:hover,
  .button[aria-disabled='true'] {
    background: color-mix(in srgb, var(--rv-color-accent, #0b5d6b) 82%, #000000);
  }

  .button[aria-disabled='true'] {
    cursor: progress;
  }

  /* The failure notice: here, not with the flow's styles, because the element shows it when the flow chunk itself
     could not be fetched. */
  .failure {
    margin: 1.5em 0 0;
    padding: 1em 1.25em;
    border-radius: var(--rv-radius, 6px);
    border: 2px solid var(--rv-color-error, #b3261e);
    background: var(--rv-color-error-background, #fdf3f2);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .button,
    .quick-exit,
    .language[aria-pressed='true'] {
      border-color: ButtonText;
    }
    .progress-segment--done {
      background: Highlight;
    }
  }
`;
