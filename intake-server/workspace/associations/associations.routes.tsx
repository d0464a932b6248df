/**
 * HTTP: the association pages under `/koordinator/foreninger`. The national admin lists, creates and changes every
 * association and its coordinators; a lead coordinator manages her own association's coordinators, contact details
 * and allowed origins. Anything else, for anyone else, is the workspace's one 404. Every change goes through the
 * association service (the admin tool's code path), which writes the audit log.
 */
import { Hono, type Context } from 'hono';
import {
  addCoordinatorAs,
  isLastNational,
  LEAD_FIELDS,
  problemsOfKind,
  problemsOfReferences,
  problemsOfNewAssociation,
  requiredProblem,
  removeCoordinatorAs,
  renameCoordinatorAs,
  saveAssociationAs,
  setLeadAs,
  validateAssociationText,
  type FieldProblem,
} from '../../associations/association-admin.service.js';
import type { Association } from '../../associations/association.js';
import { listAssociationFacts, listFylker, type AssociationFacts } from '../../associations/association-overview.repository.js';
import { findAnyNationalContact, findAssociationBySlug, listAssociations, type AssociationChanges } from '../../associations/associations.repository.js';
import { countOtherMemberships, listCoordinators } from '../../associations/coordinators.repository.js';
import { findCoverage } from '../../associations/coverage.repository.js';
import { formatPostalRange } from '../../associations/postal-range.js';
import { fieldsFromText, type TextField } from '../../associations/text-fields.js';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import { pageContext, type PageContext } from '../kit/page-context.js';
import { notFoundPage, renderPage } from '../kit/render-page.js';
import type { WorkspaceDeps } from '../workspace-deps.js';
import { AssociationPage, CreatePage, ListPage, pathOf, RemovePage, type AssociationPageProps, type FormValues, type ListedAssociation, type Scope } from './association-pages.js';
import { associationTexts, type AssociationTexts, type FormField } from './associations.texts.js';

/** The form's fields as the service names them (`sprak` is the association's language: `lang` keeps the page's). */
const FORM_TO_TEXT: Record<FormField, TextField> = {
  name: 'name',
  slug: 'slug',
  email: 'email',
  phone: 'phone',
  kommuner: 'kommuner',
  'postal-ranges': 'postal-ranges',
  origins: 'origins',
  sprak: 'lang',
  active: 'active',
  'minimum-age': 'minimum-age',
  'full-details': 'full-details',
  kind: 'kind',
  county: 'county',
};
const FORM_FIELDS = Object.keys(FORM_TO_TEXT) as FormField[];
const TEXT_TO_FORM = Object.fromEntries(FORM_FIELDS.map((f) => [FORM_TO_TEXT[f], f])) as Record<string, FormField>;
/** Fields no form may send longer than this: the lists are long, the rest have their own limits in the service. */
const MAX_FIELD = 2000;

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Who may do what with an association: 'admin', 'lead' for her own, undefined (404) for everyone else. */
function scopeOf(ctx: PageContext, a: Association): Scope | undefined {
  if (ctx.staff.role === 'admin') return 'admin';
  return ctx.staff.leadOf.includes(a.id) ? 'lead' : undefined;
}

async function valuesOf(deps: WorkspaceDeps, a: Association): Promise<FormValues> {
  const coverage = await findCoverage(deps.db, a.id);
  return {
    name: a.name,
    slug: a.slug,
    email: a.contactEmail,
    phone: a.contactPhone ?? '',
    kommuner: coverage.kommuner.join(' '),
    'postal-ranges': coverage.postalRanges.map(formatPostalRange).join(' '),
    origins: a.allowedOrigins.join(' '),
    sprak: a.defaultLanguage,
    active: a.active ? 'ja' : '',
    'minimum-age': String(a.settings.minimumAge),
    'full-details': a.settings.fullDetailsInNotice ? 'ja' : '',
    kind: a.kind,
    county: a.countyNumber ?? '',
  };
}

const EMPTY_VALUES: FormValues = { name: '', slug: '', email: '', phone: '', kommuner: '', 'postal-ranges': '', origins: '', sprak: 'nb', active: 'ja', 'minimum-age': '25', 'full-details': '', kind: 'local', county: '' };

/** Where an association's applications go while it has no coordinator: its county association, or the national contact. */
function fallbackOf(a: Association, facts: AssociationFacts | undefined, all: Association[], allFacts: Map<string, AssociationFacts>, national: string, t: AssociationTexts): string | null {
  if ((facts?.activeCoordinators ?? 0) > 0) return null;
  const counties = all.filter((c) => c.kind === 'county' && c.active && c.id !== a.id && c.countyNumber && facts?.fylker.includes(c.countyNumber) && (allFacts.get(c.id)?.activeCoordinators ?? 0) > 0);
  return counties.length > 0 ? t.countyFallback(counties.map((c) => c.name).join(', ')) : `${t.nationalFallback} (${national})`;
}

/** The service's problems in the page's words, by form field. */
function localise(problems: FieldProblem[], t: AssociationTexts): Partial<Record<FormField, string>> {
  const errors: Partial<Record<FormField, string>> = {};
  for (const p of problems) {
    const field = TEXT_TO_FORM[p.field] ?? 'name';
    if (errors[field]) continue;
    const listed = (p.values ?? []).join(', ');
    errors[field] =
      p.code === 'too_long' ? t.tooLong(t.labels[field], MAX_FIELD)
      : p.code === 'taken' ? t.slugTaken
      : p.code === 'required' ? t.required(t.labels[field])
      : p.code === 'not_listed' ? (field === 'county' ? t.countyNotListed(listed) : t.kommunerNotListed(listed))
      : t.errors[field];
  }
  return errors;
}

export function createAssociationRoutes(deps: WorkspaceDeps) {
  const { db } = deps;

  /** The association the path names with the person's scope, or undefined (404) when it is none of hers. */
  async function scoped(c: Context<WorkspaceEnv>, ctx: PageContext) {
    const a = await findAssociationBySlug(db, c.req.param('slug') ?? '');
    const scope = a && scopeOf(ctx, a);
    return a && scope ? { a, scope } : undefined;
  }

  async function showAssociation(
    c: Context<WorkspaceEnv>,
    ctx: PageContext,
    a: Association,
    scope: Scope,
    overrides: Partial<Pick<AssociationPageProps, 'values' | 'errors' | 'adding' | 'saved' | 'renaming'>> = {},
    status: 200 | 422 = 200,
  ) {
    const t = associationTexts(ctx.language);
    const all = await listAssociations(db);
    const facts = await listAssociationFacts(db);
    const national = (await findAnyNationalContact(db))?.name ?? '';
    const mine = facts.get(a.id);
    return renderPage(
      c,
      ctx,
      a.name,
      <AssociationPage
        ctx={ctx}
        scope={scope}
        association={a}
        coordinators={await listCoordinators(db, a.id)}
        values={overrides.values ?? (await valuesOf(deps, a))}
        errors={overrides.errors ?? {}}
        adding={overrides.adding ?? { name: '', email: '', errors: {} }}
        fallback={fallbackOf(a, mine, all, facts, national, t)}
        coversNothing={a.kind === 'local' && a.active && (mine?.kommuner ?? 0) === 0 && (mine?.postalRanges ?? 0) === 0}
        saved={overrides.saved ?? null}
        renaming={overrides.renaming}
        publicUrl={deps.config.publicUrl}
      />,
      status,
    );
  }

  /** The typed values of the fields a scope may send, for the service; undefined when a field outside it was sent. */
  function typedFields(form: Record<string, unknown>, scope: Scope, creating: boolean, national: boolean) {
    const allowed = new Set<FormField>(scope === 'lead' ? LEAD_FIELDS.map((f) => TEXT_TO_FORM[f]!) : FORM_FIELDS.filter((f) => (creating || f !== 'slug') && !(national && ['kind', 'county', 'kommuner', 'postal-ranges', 'active'].includes(f))));
    if (Object.keys(form).some((k) => (FORM_FIELDS as string[]).includes(k) && !allowed.has(k as FormField))) return undefined;
    const values: FormValues = { ...EMPTY_VALUES };
    const typed: Partial<Record<TextField, string>> = {};
    const tooLong: FieldProblem[] = [];
    for (const f of allowed) {
      if (text(form[f]).length > MAX_FIELD) tooLong.push({ field: FORM_TO_TEXT[f], message: 'is too long', code: 'too_long' });
      const v = f === 'active' || f === 'full-details' ? (form[f] === 'ja' ? 'ja' : '') : text(form[f]).slice(0, MAX_FIELD);
      values[f] = v;
      typed[FORM_TO_TEXT[f]] = f === 'active' || f === 'full-details' ? (v === 'ja' ? 'true' : 'false') : v;
    }
    return { values, typed, tooLong };
  }

  /** Problems the service's text rules let through: a name or email emptied (the admin tool keeps the old value). */
  function emptied(typed: Partial<Record<TextField, string>>): FieldProblem[] {
    return (['name', 'email'] as const).filter((f) => typed[f] !== undefined && typed[f]!.trim() === '').map((f) => requiredProblem(f));
  }

  const app = new Hono<WorkspaceEnv>();

  app.get('/', async (c) => {
    const ctx = pageContext(c, deps.now());
    if (ctx.staff.role !== 'admin') {
      // A lead goes straight to her association; everyone else finds nothing here.
      const led = (await listAssociations(db)).find((a) => ctx.staff.leadOf.includes(a.id));
      return led ? c.redirect(ctx.href(pathOf(led.slug)), 303) : notFoundPage(c, ctx);
    }
    const t = associationTexts(ctx.language);
    const filters = { q: text(c.req.query('q')).trim().slice(0, 200), fylke: text(c.req.query('fylke')), aktiv: text(c.req.query('aktiv')), koordinatorer: text(c.req.query('koordinatorer')), dekning: text(c.req.query('dekning')) };
    const all = await listAssociations(db);
    const facts = await listAssociationFacts(db);
    const national = (await findAnyNationalContact(db))?.name ?? '';
    const yesNo = (filter: string, value: boolean) => filter === '' || (filter === 'ja') === value;
    const q = filters.q.toLowerCase();
    const items: ListedAssociation[] = all
      .map((a) => {
        const f = facts.get(a.id);
        return { association: a, kommuner: f?.kommuner ?? 0, postalRanges: f?.postalRanges ?? 0, activeCoordinators: f?.activeCoordinators ?? 0, fallback: fallbackOf(a, f, all, facts, national, t), fylker: f?.fylker ?? [] };
      })
      .filter(
        (i) =>
          (!q || i.association.name.toLowerCase().includes(q) || i.association.slug.includes(q)) &&
          (!filters.fylke || i.fylker.includes(filters.fylke)) &&
          yesNo(filters.aktiv, i.association.active) &&
          yesNo(filters.koordinatorer, i.activeCoordinators > 0) &&
          yesNo(filters.dekning, i.kommuner + i.postalRanges > 0),
      );
    return renderPage(c, ctx, t.listTitle, <ListPage ctx={ctx} items={items} filters={filters} fylker={await listFylker(db)} />);
  });

  app.get('/ny', async (c) => {
    const ctx = pageContext(c, deps.now());
    if (ctx.staff.role !== 'admin') return notFoundPage(c, ctx);
    return renderPage(c, ctx, associationTexts(ctx.language).createTitle, <CreatePage ctx={ctx} values={EMPTY_VALUES} errors={{}} />);
  });

  app.post('/ny', async (c) => {
    const ctx = pageContext(c, deps.now());
    if (ctx.staff.role !== 'admin') return notFoundPage(c, ctx);
    const t = associationTexts(ctx.language);
    const fields = typedFields(await c.req.parseBody(), 'admin', true, false)!;
    const slug = (fields.typed.slug ?? '').trim();
    const checked = validateAssociationText(slug, fields.typed);
    // Every missing field at once, also when another field is wrong (localise keeps one problem per field).
    const problems = [
      ...fields.tooLong,
      ...emptied(fields.typed),
      ...(checked.ok ? [...(await problemsOfNewAssociation(db, checked.changes)), ...(await problemsOfReferences(db, checked.changes))] : [...checked.problems, ...(await problemsOfReferences(db, typedReferences(fields.typed)))]),
    ];
    if (!slug) problems.unshift(requiredProblem('slug'));
    if (!checked.ok || problems.length > 0) return renderPage(c, ctx, t.createTitle, <CreatePage ctx={ctx} values={fields.values} errors={localise(problems, t)} />, 422);
    await saveAssociationAs(db, ctx.staff.accountId, checked.changes, ctx.now);
    return c.redirect(ctx.href(`${pathOf(slug)}?lagret=opprettet`), 303);
  });

  app.get('/:slug', async (c) => {
    const ctx = pageContext(c, deps.now());
    const found = await scoped(c, ctx);
    if (!found) return notFoundPage(c, ctx);
    const t = associationTexts(ctx.language);
    const key = c.req.query('lagret');
    const saved =
      key === 'opprettet' ? t.created : key === 'ja' ? t.saved : key && key in t.coordinatorSaved ? t.coordinatorSaved[key as keyof AssociationTexts['coordinatorSaved']] : null;
    return showAssociation(c, ctx, found.a, found.scope, { saved });
  });

  app.post('/:slug', async (c) => {
    const ctx = pageContext(c, deps.now());
    const found = await scoped(c, ctx);
    if (!found) return notFoundPage(c, ctx);
    const { a, scope } = found;
    const fields = typedFields(await c.req.parseBody(), scope, false, a.kind === 'national');
    // A lead sending a field she may not change gets the same answer as for an association that is not hers.
    if (!fields) return notFoundPage(c, ctx);
    const t = associationTexts(ctx.language);
    const checked = validateAssociationText(a.slug, fields.typed);
    const problems = [
      ...fields.tooLong,
      ...emptied(fields.typed),
      ...(checked.ok ? [...problemsOfKind(a, checked.changes), ...(await problemsOfReferences(db, checked.changes))] : [...checked.problems, ...(await problemsOfReferences(db, typedReferences(fields.typed)))]),
    ];
    if (!checked.ok || problems.length > 0) {
      return showAssociation(c, ctx, a, scope, { values: { ...(await valuesOf(deps, a)), ...pick(fields.values, scope, a) }, errors: localise(problems, t) }, 422);
    }
    await saveAssociationAs(db, ctx.staff.accountId, checked.changes, ctx.now);
    return c.redirect(ctx.href(`${pathOf(a.slug)}?lagret=ja`), 303);
  });

  app.post('/:slug/koordinatorer', async (c) => {
    const ctx = pageContext(c, deps.now());
    const found = await scoped(c, ctx);
    if (!found) return notFoundPage(c, ctx);
    const form = await c.req.parseBody();
    const input = { name: text(form.name).slice(0, MAX_FIELD), email: text(form.email).slice(0, MAX_FIELD) };
    const done = await addCoordinatorAs(db, ctx.staff.accountId, found.a, input, ctx.now, deps.config.publicUrl);
    if (!done.ok) {
      const t = associationTexts(ctx.language);
      const errors = Object.fromEntries(done.problems.map((p) => [p.field, t.coordinatorErrors[p.field as 'name' | 'email']]));
      return showAssociation(c, ctx, found.a, found.scope, { adding: { ...input, errors } }, 422);
    }
    deps.onQueued(); // the mail to the person added
    return c.redirect(ctx.href(`${pathOf(found.a.slug)}?lagret=${done.outcome}`), 303);
  });

  app.post('/:slug/koordinatorer/:id/navn', async (c) => {
    const ctx = pageContext(c, deps.now());
    const found = await scoped(c, ctx);
    if (!found) return notFoundPage(c, ctx);
    const name = text((await c.req.parseBody()).name).slice(0, MAX_FIELD);
    const done = await renameCoordinatorAs(db, ctx.staff.accountId, found.a, c.req.param('id'), name, ctx.now);
    if (!done.ok && 'notFound' in done) return notFoundPage(c, ctx);
    if (!done.ok) {
      const t = associationTexts(ctx.language);
      return showAssociation(c, ctx, found.a, found.scope, { renaming: { id: c.req.param('id'), name, error: t.coordinatorErrors.name } }, 422);
    }
    return c.redirect(ctx.href(`${pathOf(found.a.slug)}?lagret=renamed`), 303);
  });

  app.post('/:slug/koordinatorer/:id/leder', async (c) => {
    const ctx = pageContext(c, deps.now());
    const found = await scoped(c, ctx);
    // Only the national admin names the lead.
    if (!found || found.scope !== 'admin') return notFoundPage(c, ctx);
    const lead = (await c.req.parseBody()).leder === 'ja';
    if (!(await setLeadAs(db, ctx.staff.accountId, found.a, c.req.param('id'), lead, ctx.now))) return notFoundPage(c, ctx);
    return c.redirect(ctx.href(`${pathOf(found.a.slug)}?lagret=lead`), 303);
  });

  async function removal(c: Context<WorkspaceEnv>, ctx: PageContext) {
    const found = await scoped(c, ctx);
    if (!found) return undefined;
    const people = await listCoordinators(db, found.a.id);
    const coordinator = people.find((p) => p.id === c.req.param('id'));
    if (!coordinator) return undefined;
    const situation = isLastNational(found.a, people, coordinator) ? 'last-national' : (await countOtherMemberships(db, coordinator.email, found.a.id)) > 0 ? 'kept' : 'signed-out';
    return { ...found, coordinator, colleagues: people.filter((p) => p.active && p.id !== coordinator.id), situation } as const;
  }

  function showRemoval(c: Context<WorkspaceEnv>, ctx: PageContext, r: NonNullable<Awaited<ReturnType<typeof removal>>>, status: 200 | 422 = 200) {
    const page = <RemovePage ctx={ctx} association={r.a} coordinator={r.coordinator} colleagues={r.colleagues} situation={r.situation} />;
    return renderPage(c, ctx, associationTexts(ctx.language).removeTitle(r.coordinator.name), page, status);
  }

  app.get('/:slug/koordinatorer/:id/fjern', async (c) => {
    const ctx = pageContext(c, deps.now());
    const r = await removal(c, ctx);
    if (!r) return notFoundPage(c, ctx);
    return showRemoval(c, ctx, r);
  });

  app.post('/:slug/koordinatorer/:id/fjern', async (c) => {
    const ctx = pageContext(c, deps.now());
    const r = await removal(c, ctx);
    if (!r) return notFoundPage(c, ctx);
    const to = text((await c.req.parseBody()).til);
    const done = await removeCoordinatorAs(db, ctx.staff.accountId, r.a, r.coordinator.email, to === '' ? null : to, ctx.now);
    if (!done.ok && done.reason === 'last_national') return showRemoval(c, ctx, { ...r, situation: 'last-national' }, 422);
    if (!done.ok) return notFoundPage(c, ctx);
    deps.onQueued(); // the mail to the person removed
    // She may have removed herself: then the next page is sign-in (unless she coordinates another association).
    return c.redirect(ctx.href(`${pathOf(r.a.slug)}?lagret=${done.staysSignedIn ? 'removedKept' : 'removed'}`), 303);
  });

  return app;
}

/**
 * The kommunenummer and fylkesnummer as typed, well-formed ones only, for checking them against the kommune list while
 * another field is still wrong: every problem of the form is then named at once.
 */
function typedReferences(typed: Partial<Record<TextField, string>>): Pick<AssociationChanges, 'kommuner' | 'countyNumber'> {
  const { raw } = fieldsFromText({ kommuner: typed.kommuner, county: typed.county }, 'clear');
  const kommuner = Array.isArray(raw.kommuner) ? raw.kommuner.filter((k): k is string => typeof k === 'string' && /^\d{4}$/.test(k)) : [];
  const county = typeof raw.countyNumber === 'string' && /^\d{2}$/.test(raw.countyNumber.trim()) ? raw.countyNumber.trim() : null;
  return { kommuner, countyNumber: county };
}

/** The typed values of the fields the scope shows (the rest of the form shows the stored values). */
function pick(values: FormValues, scope: Scope, a: Association): Partial<FormValues> {
  if (scope === 'admin') return a.kind === 'national' ? { ...values, kind: a.kind } : values;
  return { email: values.email, phone: values.phone, origins: values.origins };
}
