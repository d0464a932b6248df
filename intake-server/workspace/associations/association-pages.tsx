/** The association pages: the admin's list, the form (all fields for the admin, contact and origins for a lead), coordinators and removal. */
import { LANGUAGES } from '../../../contract/index.js';
import type { Association } from '../../associations/association.js';
import type { Coordinator } from '../../associations/coordinators.repository.js';
import { ErrorSummary, FieldMessage, type FieldError } from '../kit/error-summary.js';
import type { PageContext } from '../kit/page-context.js';
import { associationTexts, type AssociationTexts, type FormField } from './associations.texts.js';

/** What the person may change: everything (the national admin) or contact details and origins (a lead). */
export type Scope = 'admin' | 'lead';

/** The form's values as typed (or as stored), by field. */
export type FormValues = Record<FormField, string>;

/** One association in the list, with what the page flags. */
export interface ListedAssociation {
  association: Association;
  kommuner: number;
  postalRanges: number;
  activeCoordinators: number;
  /** Where its applications go while it has no coordinator; null when it has one. */
  fallback: string | null;
}

export interface ListFilters {
  q: string;
  fylke: string;
  aktiv: string;
  koordinatorer: string;
  dekning: string;
}

export const pathOf = (slug: string) => `/koordinator/foreninger/${slug}`;

function YesNoFilter({ id, label, value, t }: { id: keyof ListFilters; label: string; value: string; t: AssociationTexts }) {
  return (
    <div class="field">
      <label for={`filter-${id}`}>{label}</label>
      <select id={`filter-${id}`} name={id}>
        <option value="" selected={value === ''}>{t.any}</option>
        <option value="ja" selected={value === 'ja'}>{t.yes}</option>
        <option value="nei" selected={value === 'nei'}>{t.no}</option>
      </select>
    </div>
  );
}

function Flags({ item, t }: { item: ListedAssociation; t: AssociationTexts }) {
  const a = item.association;
  return (
    <>
      {item.fallback ? <p class="notice notice--warning">{t.noCoordinator(item.fallback)}</p> : null}
      {a.kind === 'local' && a.active && item.kommuner === 0 && item.postalRanges === 0 ? <p class="notice">{t.coversNothing}</p> : null}
    </>
  );
}

export function ListPage({ ctx, items, filters, fylker }: { ctx: PageContext; items: ListedAssociation[]; filters: ListFilters; fylker: { number: string; name: string }[] }) {
  const t = associationTexts(ctx.language);
  return (
    <div class="narrow">
      <h1>{t.listTitle}</h1>
      <p class="lead">{t.listIntro}</p>
      <p>
        <a class="button" href={ctx.href('/koordinator/foreninger/ny')}>
          {t.newAssociation}
        </a>
      </p>
      <form method="get" action="/koordinator/foreninger" class="filters" role="search" aria-labelledby="filters-heading">
        <h2 class="filters__heading" id="filters-heading">
          {t.filterHeading}
        </h2>
        <div class="filters__fields">
          <div class="field">
            <label for="filter-q">{t.search}</label>
            <p class="hint" id="filter-q-hint">
              {t.searchHint}
            </p>
            <input type="search" id="filter-q" name="q" value={filters.q} maxlength={200} aria-describedby="filter-q-hint" />
          </div>
          <div class="field">
            <label for="filter-fylke">{t.fylke}</label>
            <select id="filter-fylke" name="fylke">
              <option value="" selected={filters.fylke === ''}>{t.any}</option>
              {fylker.map((f) => (
                <option value={f.number} selected={filters.fylke === f.number}>
                  {f.number} {f.name}
                </option>
              ))}
            </select>
          </div>
          <YesNoFilter id="aktiv" label={t.activeFilter} value={filters.aktiv} t={t} />
          <YesNoFilter id="koordinatorer" label={t.coordinatorsFilter} value={filters.koordinatorer} t={t} />
          <YesNoFilter id="dekning" label={t.coverageFilter} value={filters.dekning} t={t} />
        </div>
        {ctx.keptLanguage ? <input type="hidden" name="lang" value={ctx.keptLanguage} /> : null}
        <button type="submit">{t.showButton}</button>
      </form>
      <h2>{t.count(items.length)}</h2>
      {items.length === 0 ? (
        <p class="empty">{t.none}</p>
      ) : (
        <ul class="cards">
          {items.map((item) => (
            <li class="card">
              <h3 class="card__title">
                <a href={ctx.href(pathOf(item.association.slug))}>{item.association.name}</a> <span class="quiet">({item.association.slug})</span>
              </h3>
              <p class="card__meta">
                {item.association.active ? null : <span class="status status--withdrawn">{t.inactive}</span>}
                <span>{t.coordinatorCount(item.activeCoordinators)}</span>
                <span>{t.covers(item.kommuner, item.postalRanges)}</span>
              </p>
              <Flags item={item} t={t} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function describedBy(field: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `f-${field}-hint` : '', error ? `f-${field}-error` : ''].filter((x) => x);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function TextInput({ field, values, errors, t, type = 'text', maxlength, autocomplete }: {
  field: FormField;
  values: FormValues;
  errors: Partial<Record<FormField, string>>;
  t: AssociationTexts;
  type?: string;
  maxlength: number;
  autocomplete?: string;
}) {
  const hint = t.hints[field];
  return (
    <div class="field">
      <label for={`f-${field}`}>{t.labels[field]}</label>
      {hint ? (
        <p class="hint" id={`f-${field}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldMessage field={`f-${field}`} text={errors[field]} />
      <input
        type={type}
        id={`f-${field}`}
        name={field}
        value={values[field]}
        maxlength={maxlength}
        autocomplete={autocomplete ?? 'off'}
        spellcheck={false}
        aria-invalid={errors[field] ? 'true' : undefined}
        aria-describedby={describedBy(field, !!hint, !!errors[field])}
      />
    </div>
  );
}

function Checkbox({ field, values, t }: { field: FormField; values: FormValues; t: AssociationTexts }) {
  return (
    <div class="checkbox">
      <input type="checkbox" id={`f-${field}`} name={field} value="ja" checked={values[field] === 'ja'} />
      <label for={`f-${field}`}>{t.labels[field]}</label>
    </div>
  );
}

/** The fields a person may change, in the order of the admin tool's documentation. */
export function AssociationFields({ ctx, scope, values, errors, creating, national }: {
  ctx: PageContext;
  scope: Scope;
  values: FormValues;
  errors: Partial<Record<FormField, string>>;
  creating: boolean;
  national: boolean;
}) {
  const t = associationTexts(ctx.language);
  const p = { values, errors, t };
  if (scope === 'lead') {
    return (
      <>
        <TextInput field="email" type="email" maxlength={254} {...p} />
        <TextInput field="phone" type="tel" maxlength={30} {...p} />
        <TextInput field="origins" maxlength={2000} {...p} />
      </>
    );
  }
  return (
    <>
      <TextInput field="name" maxlength={200} {...p} />
      {creating ? <TextInput field="slug" maxlength={64} {...p} /> : null}
      <TextInput field="email" type="email" maxlength={254} {...p} />
      <TextInput field="phone" type="tel" maxlength={30} {...p} />
      {national ? null : (
        <>
          <fieldset class="choices" aria-describedby={errors.kind ? 'f-kind-error' : undefined}>
            <legend>{t.labels.kind}</legend>
            <FieldMessage field="f-kind" text={errors.kind} />
            <div class="choice">
              <input type="radio" id="f-kind" name="kind" value="local" checked={values.kind !== 'county'} />
              <label for="f-kind">{t.kindLocal}</label>
            </div>
            <div class="choice">
              <input type="radio" id="f-kind-county" name="kind" value="county" checked={values.kind === 'county'} />
              <label for="f-kind-county">{t.kindCounty}</label>
            </div>
          </fieldset>
          <TextInput field="county" maxlength={2} {...p} />
          <TextInput field="kommuner" maxlength={2000} {...p} />
          <TextInput field="postal-ranges" maxlength={2000} {...p} />
        </>
      )}
      <TextInput field="origins" maxlength={2000} {...p} />
      <div class="field">
        <label for="f-sprak">{t.labels.sprak}</label>
        <FieldMessage field="f-sprak" text={errors.sprak} />
        <select id="f-sprak" name="sprak" aria-describedby={errors.sprak ? 'f-sprak-error' : undefined}>
          {LANGUAGES.map((l) => (
            <option value={l} selected={values.sprak === l}>
              {t.languageNames[l]}
            </option>
          ))}
        </select>
      </div>
      <TextInput field="minimum-age" type="text" maxlength={3} {...p} />
      {national ? null : <Checkbox field="active" values={values} t={t} />}
      <Checkbox field="full-details" values={values} t={t} />
    </>
  );
}

/** Each field's place in the form (every field has one): the error summary lists its problems in the same order. */
const PAGE_ORDER: Record<FormField, number> = {
  name: 0, slug: 1, email: 2, phone: 3, kind: 4, county: 5, kommuner: 6, 'postal-ranges': 7, origins: 8, sprak: 9, 'minimum-age': 10, active: 11, 'full-details': 12,
};

function fieldErrors(errors: Partial<Record<FormField, string>>): FieldError[] {
  const fields = (Object.keys(errors) as FormField[]).filter((field) => errors[field]);
  return fields.sort((a, b) => PAGE_ORDER[a] - PAGE_ORDER[b]).map((field) => ({ field: `f-${field}`, text: errors[field]! }));
}

export function CreatePage({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors: Partial<Record<FormField, string>> }) {
  const t = associationTexts(ctx.language);
  return (
    <div class="narrow">
      <p class="back">
        <a href={ctx.href('/koordinator/foreninger')}>{t.backToList}</a>
      </p>
      <h1>{t.createTitle}</h1>
      <ErrorSummary title={t.errorTitle} errors={fieldErrors(errors)} />
      <form method="post" action={ctx.href('/koordinator/foreninger/ny')} class="panel" novalidate>
        <AssociationFields ctx={ctx} scope="admin" values={values} errors={errors} creating national={false} />
        <button type="submit">{t.create}</button>
      </form>
    </div>
  );
}

export interface AssociationPageProps {
  ctx: PageContext;
  scope: Scope;
  association: Association;
  coordinators: Coordinator[];
  values: FormValues;
  errors: Partial<Record<FormField, string>>;
  /** The typed coordinator to add again after an error, with its errors. */
  adding: { name: string; email: string; errors: Partial<Record<'name' | 'email', string>> };
  fallback: string | null;
  coversNothing: boolean;
  /** The confirmation after a change (`?lagret=`), already in words. */
  saved: string | null;
  /** The intake server's public address: the embed code and the hosted form point there. */
  publicUrl: string;
  /** A rename that could not be saved: whose, what was typed, and why. */
  renaming?: { id: string; name: string; error: string } | undefined;
}

/** The one script tag a webmaster pastes (as the README's "Embedding the form" gives it), and the hosted form's address. */
export function embedCodeOf(publicUrl: string, slug: string): { code: string; hosted: string } {
  const base = publicUrl.replace(/\/$/, '');
  const hosted = `${base}/skjema/${slug}`;
  const code = `<script src="${base}/widget.js" data-association="${slug}" data-quick-exit async></script>\n<noscript><a href="${hosted}">Søk om å bli ressursvenn</a></noscript>`;
  return { code, hosted };
}

function EmbedSection({ ctx, slug, publicUrl }: { ctx: PageContext; slug: string; publicUrl: string }) {
  const t = associationTexts(ctx.language);
  const { code, hosted } = embedCodeOf(publicUrl, slug);
  return (
    <section aria-labelledby="embed-heading">
      <h2 id="embed-heading">{t.embedHeading}</h2>
      <p>{t.embedIntro}</p>
      <label for="embed-code">{t.embedCodeLabel}</label>
      <textarea id="embed-code" class="embed-code" readonly rows={4} spellcheck={false}>
        {code}
      </textarea>
      <p>
        {t.hostedLink}{' '}
        <a href={hosted} class="wrap-anywhere">
          {hosted}
        </a>
      </p>
      <p class="hint">{t.embedBuilderNote}</p>
    </section>
  );
}

export function AssociationPage(props: AssociationPageProps) {
  const { ctx, scope, association: a, coordinators, values, errors, adding, fallback, saved, renaming } = props;
  const t = associationTexts(ctx.language);
  const base = pathOf(a.slug);
  const addErrors: FieldError[] = Object.entries(adding.errors).map(([field, text]) => ({ field: `k-${field}`, text: text! }));
  if (renaming) addErrors.push({ field: `navn-${renaming.id}`, text: renaming.error });
  return (
    <div class="narrow">
      {scope === 'admin' ? (
        <p class="back">
          <a href={ctx.href('/koordinator/foreninger')}>{t.backToList}</a>
        </p>
      ) : null}
      <h1>{a.name}</h1>
      <p class="subtitle">
        <span>{a.slug}</span>
        {a.active ? null : <span class="status status--withdrawn">{t.inactive}</span>}
      </p>
      {saved ? (
        <p class="notice notice--success" role="status">
          {saved}
        </p>
      ) : null}
      {fallback ? <p class="notice notice--warning">{t.noCoordinator(fallback)}</p> : null}
      {props.coversNothing ? <p class="notice">{t.coversNothing}</p> : null}
      {scope === 'lead' ? <p>{t.leadIntro}</p> : null}
      <ErrorSummary title={t.errorTitle} errors={[...fieldErrors(errors), ...addErrors]} />

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t.detailsHeading}</h2>
        <form method="post" action={ctx.href(base)} class="panel" novalidate>
          <AssociationFields ctx={ctx} scope={scope} values={values} errors={errors} creating={false} national={a.kind === 'national'} />
          <button type="submit">{t.save}</button>
        </form>
      </section>

      {a.kind === 'national' ? null : <EmbedSection ctx={ctx} slug={a.slug} publicUrl={props.publicUrl} />}

      <section aria-labelledby="coordinators-heading">
        <h2 id="coordinators-heading">{t.coordinatorsHeading}</h2>
        {coordinators.length === 0 ? <p class="empty">{t.noCoordinators}</p> : null}
        <ul class="cards">
          {coordinators.map((c) => (
            <li class="card">
              <h3 class="card__title">{c.name}</h3>
              <p class="card__meta">
                <span>{c.email}</span>
                {c.lead ? <span class="status status--new">{t.leadBadge}</span> : null}
              </p>
              <form method="post" action={ctx.href(`${base}/koordinatorer/${c.id}/navn`)}>
                <label for={`navn-${c.id}`}>{t.coordinatorName(c.name)}</label>
                <FieldMessage field={`navn-${c.id}`} text={renaming?.id === c.id ? renaming.error : undefined} />
                <input
                  type="text"
                  id={`navn-${c.id}`}
                  name="name"
                  value={renaming?.id === c.id ? renaming.name : c.name}
                  maxlength={200}
                  autocomplete="off"
                  aria-describedby={renaming?.id === c.id ? `navn-${c.id}-error` : undefined}
                />{' '}
                <button type="submit" class="secondary">
                  {t.rename}
                </button>
              </form>
              <ul class="link-list">
                {scope === 'admin' ? (
                  <li>
                    <form method="post" action={ctx.href(`${base}/koordinatorer/${c.id}/leder`)}>
                      <input type="hidden" name="leder" value={c.lead ? 'nei' : 'ja'} />
                      <button type="submit" class="secondary">
                        {c.lead ? t.unmakeLead : t.makeLead}
                      </button>
                    </form>
                  </li>
                ) : null}
                <li>
                  <a href={ctx.href(`${base}/koordinatorer/${c.id}/fjern`)}>
                    {t.remove} <span class="visually-hidden">{c.name}</span>
                  </a>
                </li>
              </ul>
            </li>
          ))}
        </ul>
        <form method="post" action={ctx.href(`${base}/koordinatorer`)} class="panel" novalidate aria-labelledby="add-heading">
          <h3 id="add-heading">{t.addHeading}</h3>
          <div class="field">
            <label for="k-name">{t.coordinatorNameLabel}</label>
            <FieldMessage field="k-name" text={adding.errors.name} />
            <input type="text" id="k-name" name="name" value={adding.name} maxlength={200} autocomplete="off" aria-describedby={adding.errors.name ? 'k-name-error' : undefined} />
          </div>
          <div class="field">
            <label for="k-email">{t.coordinatorEmail}</label>
            <FieldMessage field="k-email" text={adding.errors.email} />
            <input type="email" id="k-email" name="email" value={adding.email} maxlength={254} autocomplete="off" spellcheck={false} aria-describedby={adding.errors.email ? 'k-email-error' : undefined} />
          </div>
          <button type="submit">{t.add}</button>
        </form>
      </section>
    </div>
  );
}

/**
 * What removing this coordinator does to her: `signed-out` (she coordinates nothing else), `kept` (she stays signed
 * in for another association), or `last-national`: the national contact's last coordinator, not removed at all.
 */
export type RemovalSituation = 'signed-out' | 'kept' | 'last-national';

export function RemovePage(props: { ctx: PageContext; association: Association; coordinator: Coordinator; colleagues: Coordinator[]; situation: RemovalSituation }) {
  const { ctx, association, coordinator, colleagues, situation } = props;
  const t = associationTexts(ctx.language);
  const base = pathOf(association.slug);
  const head = (
    <>
      <p class="back">
        <a href={ctx.href(base)}>{association.name}</a>
      </p>
      <h1>{t.removeTitle(coordinator.name)}</h1>
    </>
  );
  if (situation === 'last-national') {
    return (
      <div class="narrow">
        {head}
        <p class="notice notice--warning">{t.lastNational}</p>
        <p>
          <a href={ctx.href(base)}>{t.cancel}</a>
        </p>
      </div>
    );
  }
  return (
    <div class="narrow">
      {head}
      <p>{situation === 'kept' ? t.removeIntroKept : t.removeIntro}</p>
      <form method="post" action={ctx.href(`${base}/koordinatorer/${coordinator.id}/fjern`)} class="panel">
        <fieldset class="choices">
          <legend>{t.removeQuestion}</legend>
          <div class="choice">
            <input type="radio" id="til-foreningen" name="til" value="" checked aria-describedby="til-foreningen-hint" />
            <label for="til-foreningen">{t.stayWithAssociation}</label>
            <p class="choice__hint" id="til-foreningen-hint">
              {t.stayHint}
            </p>
          </div>
          {colleagues.map((c) => (
            <div class="choice">
              <input type="radio" id={`til-${c.id}`} name="til" value={c.id} />
              <label for={`til-${c.id}`}>{t.passTo(`${c.name} (${c.email})`)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{t.confirmRemove}</button> <a href={ctx.href(base)}>{t.cancel}</a>
      </form>
    </div>
  );
}
