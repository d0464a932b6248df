/** The receipt after an accepted application: the reference and what happens next. Never echoes what was typed. */
import { html, nothing, type TemplateResult } from 'lit';
import type { PublicAssociation } from '../../contract/index.js';
import type { FullMessages } from '../messages/index.js';
import { mailto } from '../messages/segments.js';
import { renderSegments } from './segments.js';

export interface Receipt {
  reference: string | null;
  association: PublicAssociation | null;
}

export function renderReceipt(m: FullMessages, receipt: Receipt): TemplateResult {
  const { reference, association } = receipt;
  return html`
    <section part="receipt" class="receipt" tabindex="-1" aria-labelledby="rv-receipt-heading">
      <h3 id="rv-receipt-heading" class="receipt-heading">${m.receipt.heading}</h3>
      ${reference
        ? html`<p class="reference">${m.receipt.referenceLabel}: <strong class="reference-value">${reference}</strong></p>`
        : nothing}
      <h4 class="receipt-subheading">${m.receipt.nextHeading}</h4>
      <ol class="receipt-steps">
        <li>${association ? m.receipt.contact(association.name) : m.receipt.contactUnknown}</li>
        ${m.receipt.steps.map((step) => html`<li>${step}</li>`)}
      </ol>
      ${association?.email ? html`<p>${renderSegments(m.receipt.questions(mailto(association.email)))}</p>` : nothing}
    </section>
  `;
}
