/**
 * HTTP: the hosted pages, mounted at `/skjema`. `GET /skjema/:slug` is the form on a page of its own, for associations
 * without a website and as the `<noscript>` link: the server's own HTML form, which the widget replaces when scripts
 * run; `POST /skjema/:slug` takes that form without scripts (the same contract, screening and intake as the API); `GET /skjema/:slug/ramme` is the document inside the iframe of
 * `mode="isolated"`, which only the association's listed sites (`allowedOrigins`) may frame; `GET
 * /skjema/:slug/ramme/tilgang` tells the widget beforehand whether the asking page is one of them. The pages load only
 * the intake server's own files, under a CSP without inline code.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Kysely } from 'kysely';
import { LANGUAGES, LIMITS, validateApplication, type FrameAccess, type Language } from '../../contract/index.js';
import type { AppEnv } from '../app-env.js';
import { spendAddressLimit, type AddressLimitDeps } from '../applications/address-limit.js';
import type { ApplicationIntake } from '../applications/applications.service.js';
import { readBodyBytes } from '../applications/read-body-bytes.js';
import type { Association } from '../associations/association.js';
import { findAssociationBySlug } from '../associations/associations.repository.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../errors.js';
import { quarantineReasonOf } from '../screening/screen-submission.js';
import { isCrossSite } from '../workspace/auth/same-origin.js';
import { FramePage } from './frame-page.js';
import { HOSTED_FORM_TEXTS } from './hosted-form-texts.js';
import { HostedPage, NotFoundPage } from './hosted-page.js';
import { HOSTED_CSS, HOSTED_ICON, HOSTED_SCRIPT } from './hosted-styles.js';
import { HOSTED_TEXTS } from './hosted-texts.js';
import { emptyValues, newFormKey, readFormKey, readPlainForm, toApplicationInput, type PlainFormValues } from './plain-form.js';
import { errorTexts, PlainForm, PlainReceipt } from './plain-form-page.js';
import { htmlDocument } from '../lib/html-document.js';
import { setHostedPageHeaders } from '../security/hosted-headers.js';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** Where the form posts: its own address, in the language it was drawn in. */
const formAction = (association: Association, language: Language) => `/skjema/${association.slug}?lang=${language}`;

/** `?lang=nn` picks the page's language (a Facebook post in English can link to `?lang=en`); else the association's. */
function pickLanguage(c: Context<AppEnv>, association: Association | undefined): Language {
  const asked = c.req.query('lang');
  return (LANGUAGES as readonly string[]).includes(asked ?? '') ? (asked as Language) : (association?.defaultLanguage ?? 'nb');
}

/**
 * The plain form's body limit: twice the API's, because a form posts its answers percent-encoded (a letter outside
 * ASCII takes six or nine bytes), and the longest answers in any script must fit.
 */
export const PLAIN_FORM_BODY_BYTES = 2 * LIMITS.bodyBytes;

export interface HostedRoutesDeps extends AddressLimitDeps {
  intake: ApplicationIntake;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function createHostedRoutes(db: Kysely<Database>, deps: HostedRoutesDeps) {
  async function activeAssociation(slug: string): Promise<Association | undefined> {
    if (!SLUG.test(slug)) return undefined;
    const association = await findAssociationBySlug(db, slug);
    return association?.active ? association : undefined;
  }

  function notFound(c: Context<AppEnv>) {
    const language = pickLanguage(c, undefined);
    c.set('outcome', 'not_found');
    setHostedPageHeaders(c, 'none');
    return c.html(htmlDocument(<NotFoundPage language={language} texts={HOSTED_TEXTS[language]} />), 404);
  }

  /** The hosted page around `content`, under the hosted pages' headers. */
  function hostedPage(c: Context<AppEnv>, association: Association, language: Language, widget: boolean, content: Child, status: 200 | 422 | 429 = 200) {
    setHostedPageHeaders(c, 'none');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    const page = (
      <HostedPage
        slug={association.slug}
        name={association.name}
        contactEmail={association.contactEmail}
        contactPhone={association.contactPhone}
        language={language}
        texts={HOSTED_TEXTS[language]}
        widget={widget}
      >
        {content}
      </HostedPage>
    );
    return c.html(htmlDocument(page), status);
  }

  /** The form again, with what she typed and what to fix (or why it was not sent). */
  function formAgain(
    c: Context<AppEnv>,
    association: Association,
    language: Language,
    form: { formKey: string; values: PlainFormValues; errors?: ReturnType<typeof errorTexts>; notSent?: boolean },
    status: 422 | 429,
  ) {
    const t = HOSTED_FORM_TEXTS[language];
    const notice = form.notSent ? { title: t.notSentTitle, text: `${t.notSent} ${t.tryAgain}` } : undefined;
    const content = (
      <PlainForm action={formAction(association, language)} formKey={form.formKey} values={form.values} errors={form.errors ?? {}} notice={notice} texts={t} />
    );
    return hostedPage(c, association, language, false, content, status);
  }

  return new Hono<AppEnv>()
    .get('/hosted.css', (c) => {
      c.header('Cache-Control', 'public, max-age=3600');
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(HOSTED_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
    })
    .get('/hosted.js', (c) => {
      c.header('Cache-Control', 'public, max-age=3600');
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(HOSTED_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
    })
    .get('/icon.svg', (c) => {
      c.header('Cache-Control', 'public, max-age=86400');
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(HOSTED_ICON, 200, { 'Content-Type': 'image/svg+xml' });
    })
    .get('/:slug', async (c) => {
      const association = await activeAssociation(c.req.param('slug'));
      if (!association) return notFound(c);
      const language = pickLanguage(c, association);
      // A new key for every drawing of the form: sending it twice (a double click, a reload) stores one application.
      const form = (
        <PlainForm
          action={formAction(association, language)}
          formKey={newFormKey(deps.secretKey, deps.now())}
          values={emptyValues()}
          errors={{}}
          texts={HOSTED_FORM_TEXTS[language]}
        />
      );
      return hostedPage(c, association, language, true, form);
    })
    .post('/:slug', async (c) => {
      const association = await activeAssociation(c.req.param('slug'));
      if (!association) return notFound(c);
      // A public form and no session: what guards it is that browsers say where a post comes from. Only the hosted
      // page itself (this server's origin) may post here; the widget on other sites posts to the API.
      if (isCrossSite(c.req.raw)) throw new HttpError(403, 'forbidden_origin', 'This form may be sent only from its own page.');
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (mediaType !== 'application/x-www-form-urlencoded') throw new HttpError(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded.');
      const bytes = await readBodyBytes(c, PLAIN_FORM_BODY_BYTES);
      let form: URLSearchParams;
      try {
        form = new URLSearchParams(decoder.decode(bytes));
      } catch {
        throw new HttpError(400, 'invalid_request', 'The body is not valid UTF-8.');
      }
      const language = pickLanguage(c, association);
      const values = readPlainForm(form);
      const now = deps.now();
      const key = readFormKey(deps.secretKey, form.get('formKey'), now);
      // A form key this server did not make: a fresh one for the form drawn again, and no fill time to trust.
      const formKey = key ? form.get('formKey')! : newFormKey(deps.secretKey, now);
      try {
        await spendAddressLimit(c, deps);
      } catch (err) {
        if (!(err instanceof HttpError) || err.status !== 429) throw err;
        c.set('outcome', 'rate_limited');
        return formAgain(c, association, language, { formKey, values, notSent: true }, 429);
      }
      const result = validateApplication(toApplicationInput(values, association.slug, language, key?.elapsedMs ?? 0));
      if (!result.ok) {
        c.set('outcome', 'invalid');
        return formAgain(c, association, language, { formKey, values, errors: errorTexts(HOSTED_FORM_TEXTS[language], result.fields) }, 422);
      }
      const { minFillMs, ratePerAssociation } = deps.config.screening;
      // Screened as the API screens: the honeypot and the fill time (from the signed key: a form posted without one
      // is held back as too fast). No proof of work: it needs scripts, and this form is for when they do not run.
      const quarantine = quarantineReasonOf(result.value, minFillMs) ?? (key ? null : 'too_fast');
      const outcome = await deps.intake.submit({
        application: result.value,
        idempotencyKey: key?.idempotencyKey ?? `form-${randomUUID()}`,
        requestHash: createHash('sha256').update(bytes).digest('hex'),
        quarantine,
        challenge: null,
        associationLimit: ratePerAssociation,
      });
      if (!outcome.ok) {
        // The key was used for other answers (she went back after sending and changed them): a new key, sent again.
        c.set('outcome', outcome.code);
        return formAgain(c, association, language, { formKey: newFormKey(deps.secretKey, now), values, notSent: true }, 422);
      }
      const held = outcome.held ?? quarantine;
      c.set('outcome', outcome.replayed ? 'replayed' : held ? `quarantined_${held}` : 'accepted');
      const receipt = (
        <PlainReceipt
          reference={outcome.body.reference}
          associationName={outcome.body.association.name}
          contactEmail={outcome.body.association.email}
          texts={HOSTED_FORM_TEXTS[language]}
        />
      );
      return hostedPage(c, association, language, false, receipt);
    })
    .get('/:slug/ramme', async (c) => {
      const association = await activeAssociation(c.req.param('slug'));
      if (!association) return notFound(c);
      const language = pickLanguage(c, association);
      // Only the sites the association lists may frame the form, and nobody when it lists none: applications sent from
      // this page post from the intake server's own origin, so the association's origin check is not what guards it.
      // A page that may not frame it shows a link to the hosted page instead (the widget asks `ramme/tilgang` first).
      setHostedPageHeaders(c, association.allowedOrigins.length > 0 ? association.allowedOrigins : 'none');
      const page = (
        <FramePage
          slug={association.slug}
          language={language}
          title={HOSTED_TEXTS[language].frameTitle}
          quickExit={c.req.query('quick-exit') === '1'}
        />
      );
      return c.html(htmlDocument(page));
    })
    .get('/:slug/ramme/tilgang', async (c) => {
      // Whether the page asking (its Origin, sent with every cross-origin fetch) may frame the form: the same rule as
      // the frame's frame-ancestors, which is what enforces it. Any page may ask; the answer is no secret.
      const association = await activeAssociation(c.req.param('slug'));
      const origin = c.req.header('origin');
      const allowed = association !== undefined && origin !== undefined && association.allowedOrigins.includes(origin);
      c.set('outcome', allowed ? 'frame_allowed' : 'frame_refused');
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Cache-Control', 'no-store');
      c.header('Vary', 'Origin');
      c.header('X-Content-Type-Options', 'nosniff');
      return c.json({ allowed } satisfies FrameAccess);
    });
}
