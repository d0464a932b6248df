/** Styles of <ressursvenn-signup>. Themable only through the documented `--rv-*` custom properties and `::part()`. */
import { css } from 'lit';

export const signupStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: var(--rv-max-width, 40em);
    padding: var(--rv-padding, 1em);
    border-radius: var(--rv-radius, 6px);
    color-scheme: light;
    background: var(--rv-color-background, #ffffff);
    color: var(--rv-color-text, #1d2329);
    /* Nothing the host page's text styles set may leak in. */
    font-family: var(--rv-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    /* max(): pages that set html { font-size: 62.5% } must not shrink the form. */
    font-size: var(--rv-font-size, max(1rem, 16px));
    /* Every length below is in em: rem would follow the host page's root, which may be anything. */
    font-style: normal;
    font-variant: normal;
    font-weight: 400;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-decoration: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: break-word;
    hyphens: manual;
    direction: ltr;
    writing-mode: horizontal-tb;
    visibility: visible;
    cursor: auto;
    list-style: disc outside;
    caret-color: auto;
  }

  :host([hidden]) {
    display: none;
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
  h3,
  h4 {
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

  h4 {
    font-size: 1em;
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
    margin: 0 0.125em 0 0.125em;
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

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
  }

  .required-note {
    color: var(--rv-color-muted, #4a5561);
  }

  .section {
    margin: 0 0 2em;
  }

  .section-legend {
    margin-bottom: 0.75em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .field {
    margin: 0 0 1.5em;
  }

  .field--invalid {
    padding-left: 0.875em;
    border-left: 3px solid var(--rv-color-error, #b3261e);
  }

  .field > label,
  .question {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 600;
  }

  .optional {
    font-weight: 400;
    color: var(--rv-color-muted, #4a5561);
  }

  .hint {
    margin: 0 0 0.5em;
    font-size: 0.9375em;
    color: var(--rv-color-muted, #4a5561);
  }

  .hint--after {
    margin: 0.375em 0 0;
  }

  .note {
    margin: 0 0 0.5em;
    padding: 0.625em 0.875em;
    border-left: 4px solid var(--rv-color-accent, #0b5d6b);
    background: var(--rv-color-surface, #f3f5f7);
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

  textarea.input {
    min-height: 8em;
    resize: vertical;
  }

  .field--narrow .input {
    max-width: 12em;
  }

  .input[aria-invalid='true'] {
    border-color: var(--rv-color-error, #b3261e);
    box-shadow: inset 0 0 0 1px var(--rv-color-error, #b3261e);
  }

  .error {
    margin: 0.375em 0 0;
    font-weight: 600;
    color: var(--rv-color-error, #b3261e);
  }

  /* Radios and the checkbox: 24px controls, 44px rows, the whole label clickable. */
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 2em;
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.625em;
    min-height: 2.75em;
  }

  .option input {
    flex: none;
    /* Form controls do not inherit the font size, and em would otherwise mean 13.33px here. */
    font-size: inherit;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--rv-color-accent, #0b5d6b);
    cursor: pointer;
  }

  .option label {
    padding: 0.5em 0.25em 0.5em 0;
    cursor: pointer;
  }

  .option--checkbox {
    align-items: flex-start;
  }

  .option--checkbox input {
    margin-top: 0.625em;
  }

  .nowrap {
    white-space: nowrap;
  }

  .privacy-notice {
    font-size: 0.9375em;
  }

  /* Buttons */
  .actions {
    margin-top: 0.5em;
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
    color: var(--rv-color-accent-contrast, #ffffff);
    background: var(--rv-color-accent, #0b5d6b);
    border: 2px solid transparent;
    border-radius: var(--rv-radius, 6px);
    cursor: pointer;
    transition: background-color 0.15s ease-in-out;
  }

  .button:hover {
    background: color-mix(in srgb, var(--rv-color-accent, #0b5d6b) 82%, #000000);
  }

  .button:disabled {
    cursor: progress;
    background: color-mix(in srgb, var(--rv-color-accent, #0b5d6b) 82%, #000000);
  }

  /* Error summary, failure and receipt */
  .error-summary,
  .failure,
  .receipt {
    margin: 0 0 1.5em;
    padding: 1em 1.25em;
    border-radius: var(--rv-radius, 6px);
  }

  .error-summary {
    border: 2px solid var(--rv-color-error, #b3261e);
    background: var(--rv-color-error-background, #fdf3f2);
  }

  .error-summary-list {
    margin: 0;
    padding-left: 1.25em;
  }

  .error-summary-list li + li {
    margin-top: 0.375em;
  }

  .error-summary a {
    color: var(--rv-color-error, #b3261e);
  }

  .failure {
    border: 2px solid var(--rv-color-error, #b3261e);
    background: var(--rv-color-error-background, #fdf3f2);
  }

  .failure .button {
    margin-top: 0.25em;
  }

  .receipt {
    border-left: 6px solid var(--rv-color-success, #1e6b3a);
    background: var(--rv-color-success-background, #eef6f0);
  }

  .receipt-subheading {
    margin-top: 1em;
  }

  .reference-value {
    white-space: nowrap;
    font-size: 1.125em;
    letter-spacing: 0.04em;
    font-variant-numeric: tabular-nums;
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
    .button {
      border-color: ButtonText;
    }
    .field--invalid {
      border-left-color: Mark;
    }
  }
`;
