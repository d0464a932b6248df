/**
 * The coverage page's "where would it go, and why?" form and its answer, from the route command's explanation. Each
 * reason is said in words, its code after it in small type: the same code `npm run admin -- route` prints, for when
 * the admin and whoever runs the server compare answers.
 */
import type { Association } from '../../associations/association.js';
import type { RouteExplanation } from '../../routing/route-explanation.js';
import { ErrorSummary, FieldMessage } from '../kit/error-summary.js';
import type { PageContext } from '../kit/page-context.js';
import { describeUnrouted } from '../kit/unrouted.texts.js';
import { coverageTexts } from './coverage.texts.js';

/** What was asked: the fields as typed. */
export interface RouteQuestion {
  postalCode: string;
  pageAssociation: string;
  confirmedAssociation: string;
}

export interface RouteFormProps {
  ctx: PageContext;
  question: RouteQuestion;
  associations: Association[];
  invalid: boolean;
  explanation: RouteExplanation | null;
}

function AssociationSelect({ id, label, value, associations, ctx }: { id: string; label: string; value: string; associations: Association[]; ctx: PageContext }) {
  const t = coverageTexts(ctx.language);
  return (
    <div class="field">
      <label for={id}>
        {label} <span class="quiet">{t.optional}</span>
      </label>
      <select id={id} name={id}>
        <option value="">{t.none}</option>
        {associations.map((a) => (
          <option value={a.slug} selected={a.slug === value}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function Answer({ ctx, explanation }: { ctx: PageContext; explanation: RouteExplanation }) {
  const t = coverageTexts(ctx.language);
  const { place, route } = explanation;
  const named = (a: Association) => `${a.name} (${a.slug})`;
  return (
    <section aria-labelledby="answer-heading" class="panel" id="svar">
      <h3 id="answer-heading">{t.answerHeading(explanation.postalCode)}</h3>
      {explanation.registerEmpty ? <p class="notice">{t.registerEmpty}</p> : null}
      {!explanation.hasNational ? <p class="notice notice--warning">{t.noNational}</p> : null}
      <dl class="facts">
        <dt>{t.place}</dt>
        <dd>{place ? place.place : t.notInRegister}</dd>
        {place ? (
          <>
            <dt>{t.kommune}</dt>
            <dd>
              {place.kommune.number} {place.kommune.known ? place.kommune.name : `(${t.notInKommuneList})`}
            </dd>
          </>
        ) : null}
        {route ? (
          <>
            <dt>{t.goesTo}</dt>
            <dd>{named(route.primary)}</dd>
            <dt>{t.routing}</dt>
            <dd>
              {t.why[route.routing]} <code class="quiet">{route.routing}</code>
            </dd>
            {route.unrouted ? (
              <>
                <dt>{t.unroutedWhy}</dt>
                <dd>
                  {describeUnrouted(ctx.language, route.unrouted)} <code class="quiet">{route.unrouted.reason}</code>
                </dd>
              </>
            ) : null}
            {route.associations.length > 1 ? (
              <>
                <dt>{t.sharedBy}</dt>
                <dd>
                  {route.associations.map(named).join(', ')}. {t.shared}
                </dd>
              </>
            ) : null}
            <dt>{t.notified}</dt>
            <dd>{route.recipients.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {route ? null : <p class="notice notice--warning">{t.nobodyAtAll(explanation.postalCode)}</p>}
    </section>
  );
}

/** The form (a GET: a postal code is no one's personal data), and the answer once asked. */
export function RouteForm({ ctx, question, associations, invalid, explanation }: RouteFormProps) {
  const t = coverageTexts(ctx.language);
  const choices = associations.filter((a) => a.kind !== 'national');
  return (
    <section aria-labelledby="route-heading" class="quiet-section">
      <h2 id="route-heading">{t.routeHeading}</h2>
      <ErrorSummary title={t.errorTitle} errors={invalid ? [{ field: 'postnummer', text: t.badPostalCode }] : []} />
      <p>{t.routeIntro}</p>
      <form method="get" action="/koordinator/dekning" class="panel panel--quiet">
        <div class="field">
          <label for="postnummer">{t.postalCode}</label>
          <p class="hint" id="postnummer-hint">
            {t.postalCodeHint}
          </p>
          <FieldMessage field="postnummer" text={invalid ? t.badPostalCode : undefined} />
          <input
            type="text"
            id="postnummer"
            name="postnummer"
            value={question.postalCode}
            inputmode="numeric"
            autocomplete="off"
            maxlength={4}
            size={6}
            required
            aria-describedby={invalid ? 'postnummer-hint postnummer-error' : 'postnummer-hint'}
            aria-invalid={invalid ? 'true' : undefined}
          />
        </div>
        <AssociationSelect id="side" label={t.pageAssociation} value={question.pageAssociation} associations={choices} ctx={ctx} />
        <AssociationSelect id="bekreftet" label={t.confirmedAssociation} value={question.confirmedAssociation} associations={choices} ctx={ctx} />
        {ctx.keptLanguage ? <input type="hidden" name="lang" value={ctx.keptLanguage} /> : null}
        <button type="submit">{t.find}</button>
      </form>
      {explanation ? <Answer ctx={ctx} explanation={explanation} /> : null}
    </section>
  );
}
