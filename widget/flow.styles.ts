/**
 * Styles of what follows the first step (questions, routing, review, receipt) and of errors, which only the flow's
 * checks find: adopted with the flow chunk.
 */
import { css } from 'lit';

export const flowStyles = css`
  /* Elements only the flow renders (h4, fieldsets, questions, optional fields); first, so that the rules below win. */
  h4 {
    margin: 0 0 0.5em;
    font-size: 1em;
    line-height: 1.25;
    font-weight: 700;
    color: inherit;
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

  /* The page's slug is unknown to the server: said once, quietly, above the step. */
  .quiet-note {
    margin: 0 0 1em;
    font-size: 0.875em;
    color: var(--rv-color-muted, #4a5561);
  }

  .question {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 600;
  }

  .optional {
    font-weight: 400;
    color: var(--rv-color-muted, #4a5561);
  }

  /* For the review's two columns on a wide form. */
  .root {
    container-type: inline-size;
  }

  .link-button {
    color: var(--rv-color-accent, #0b5d6b);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .link-button:hover {
    text-decoration-thickness: 2px;
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

  textarea.input {
    min-height: 8em;
    resize: vertical;
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

  .section {
    margin: 2em 0 0;
  }

  .section-legend {
    margin-bottom: 0.75em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  .button--secondary {
    color: var(--rv-color-accent, #0b5d6b);
    background: var(--rv-color-background, #ffffff);
  }

  .button--secondary:hover {
    background: var(--rv-color-surface, #f3f5f7);
  }

  .link-button {
    min-height: 2.75em;
    margin: 0;
    padding: 0.25em 0.5em;
    font: inherit;
    background: transparent;
    border: 0;
    border-radius: var(--rv-radius, 6px);
    cursor: pointer;
  }

  .routing {
    margin: 0 0 0.5em;
    padding: 1em 1.25em;
    border-left: 4px solid var(--rv-color-accent, #0b5d6b);
    border-radius: var(--rv-radius, 6px);
    background: var(--rv-color-surface, #f3f5f7);
  }

  .routing-question {
    margin: 0;
    font-size: 1.125em;
  }

  .routing .hint {
    margin: 0.5em 0 0;
  }

  .review {
    margin-bottom: 2em;
  }

  .review-group {
    padding: 0.75em 0 0.25em;
    border-top: 1px solid var(--rv-color-border-subtle, #c9d0d6);
  }

  .review-group:last-child {
    border-bottom: 1px solid var(--rv-color-border-subtle, #c9d0d6);
  }

  /* The heading gives way (and wraps its own words) before «Endre» leaves its line: the button stays at the right. */
  .review-group-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0 1em;
  }

  .review-group-header h4 {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .review-group-header .link-button {
    flex: none;
  }

  .review-list {
    margin: 0.25em 0 0.5em;
  }

  .review-row {
    padding: 0.375em 0;
  }

  .review-row dt {
    color: var(--rv-color-muted, #4a5561);
    font-size: 0.9375em;
  }

  .review-row dd {
    margin: 0;
    white-space: pre-line;
  }

  .review-empty {
    color: var(--rv-color-muted, #4a5561);
    font-style: italic;
  }

  .review-route {
    margin: 0.25em 0 0.75em;
  }

  @container (min-width: 32em) {
    .review-row {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 1em;
    }
  }

  /* The notice itself is styled in signup.styles.ts: the element shows it when this chunk could not be fetched. */
  .failure .button {
    margin-top: 0.25em;
  }

  .receipt {
    margin: 1.5em 0 0;
    padding: 1em 1.25em;
    border-radius: var(--rv-radius, 6px);
  }

  .receipt {
    margin-top: 0;
    border-left: 6px solid var(--rv-color-success, #1e6b3a);
    background: var(--rv-color-success-background, #eef6f0);
  }

  .receipt-subheading {
    margin-top: 1em;
  }

  .receipt-steps {
    margin: 0 0 0.75em;
    padding-left: 1.5em;
  }

  .receipt-steps li + li {
    margin-top: 0.375em;
  }

  .reference-value {
    white-space: nowrap;
    font-size: 1.125em;
    letter-spacing: 0.04em;
    font-variant-numeric: tabular-nums;
  }

  /* GOV.UK's «Exit this page»: with the quick-exit button, the bar stays at the top of the viewport while the form is
     in view (sticky within the element), so she can leave from wherever she is in it. */
  .top-bar:has(.quick-exit) {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 0.5em 0;
    background: var(--rv-color-background, #ffffff);
  }

  .exit-hint {
    margin: -0.5em 0 1em;
    font-size: 0.875em;
    color: var(--rv-color-muted, #4a5561);
  }

  /* Errors: a field's, and the summary */
  .field--invalid {
    padding-left: 0.875em;
    border-left: 3px solid var(--rv-color-error, #b3261e);
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

  /* Error summary */
  .error-summary {
    margin: 1.5em 0 0;
    padding: 1em 1.25em;
    border: 2px solid var(--rv-color-error, #b3261e);
    border-radius: var(--rv-radius, 6px);
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

  @media (forced-colors: active) {
    .field--invalid {
      border-left-color: Mark;
    }
  }
`;
