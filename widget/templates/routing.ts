/** After step 1: "Søknaden går til Narvik sanitetsforening. Stemmer det?", and the choice of another association. */
import { html, nothing, type TemplateResult } from 'lit';
import type { PostalCodeLookup, PublicAssociation } from '../../contract/index.js';
import type { FullMessages } from '../messages/index.js';

/** An association the applicant may send her application to. */
export interface RoutingOption {
  slug: string;
  /** Empty when the page's association could not be looked up. */
  name: string;
  /** The association of the page the form is on. */
  thisPage: boolean;
  /** Its public contact details, for the failure notice; null when the page's association could not be looked up. */
  contact: PublicAssociation | null;
}

/** The routing question on screen. `options[0]` is the suggestion. */
export interface Routing {
  postalCode: string;
  lookup: PostalCodeLookup;
  options: RoutingOption[];
  choosing: boolean;
}

/** The returned associations, then the page's own if it is not among them. */
export function routingOptions(lookup: PostalCodeLookup, page: { slug: string; name: string; contact: PublicAssociation | null }): RoutingOption[] {
  const options: RoutingOption[] = lookup.associations.map((a) => ({ slug: a.slug, name: a.name, thisPage: a.slug === page.slug, contact: a }));
  if (page.slug && !options.some((o) => o.thisPage)) options.push({ slug: page.slug, name: page.name, thisPage: true, contact: page.contact });
  return options;
}

/** An option in the list of choices: the page's own is marked as such. */
function optionLabel(m: FullMessages, option: RoutingOption): string {
  if (!option.thisPage) return option.name;
  return option.name ? m.routing.thisPage(option.name) : m.routing.thisPageUnknown;
}

export function renderRouting(m: FullMessages, routing: Routing): TemplateResult {
  const [suggested] = routing.options;
  const kommune = routing.lookup.kommune;
  if (routing.choosing) {
    return html`
      <fieldset part="field" class="field routing-choice">
        <legend part="label" class="question">${m.routing.chooseLegend}</legend>
        ${routing.options.map(
          (option, index) => html`<div class="option">
            <input part="radio" type="radio" id="rv-route-${index}" name="rv-route" value=${option.slug} ?checked=${index === 0} />
            <label for="rv-route-${index}">${optionLabel(m, option)}</label>
          </div>`,
        )}
      </fieldset>
    `;
  }
  return html`
    <div part="routing" class="routing">
      <p class="routing-question">${m.routing.goesTo[0]}<strong>${suggested?.name || m.routing.thisPageUnknown}</strong>${m.routing.goesTo[1]}</p>
      ${kommune ? html`<p part="hint" class="hint">${m.routing.where(routing.postalCode, kommune.name)}</p>` : nothing}
    </div>
  `;
}
