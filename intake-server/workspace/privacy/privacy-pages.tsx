/** The admin's privacy pages: find one person by address, then export or erase everything about her. */
import { commonTexts } from '../kit/common.texts.js';
import { ErrorSummary } from '../kit/error-summary.js';
import { formatDay } from '../kit/format.js';
import type { PageContext } from '../kit/page-context.js';
import type { ApplicationStatus } from '../../follow-up/statuses.js';
import type { PersonApplication } from '../../applications/application-queries.repository.js';
import type { ErasureCounts } from '../../privacy/person-data.repository.js';
import { privacyTexts } from './privacy.texts.js';

export interface SearchPageProps {
  ctx: PageContext;
  email: string;
  /** Null before a search. */
  results: PersonApplication[] | null;
  /** How many applications were just erased, if any. */
  erased: number | null;
}

export function SearchPage({ ctx, email, results, erased }: SearchPageProps) {
  const t = privacyTexts(ctx.language);
  const c = commonTexts(ctx.language);
  const first = results?.[0];
  return (
    <div class="narrow">
      <h1>{t.title}</h1>
      {erased !== null ? (
        <p class="notice notice--success" role="status">
          {t.erased(erased)}
        </p>
      ) : null}
      <p class="lead">{t.intro}</p>
      <p class="notice">{t.identityFirst}</p>
      {/* POST, so the address never stands in a URL (history, proxy and server logs, the Referer of the next page). */}
      <form method="post" action={ctx.href('/koordinator/personvern')} class="panel">
        <div class="field">
          <label for="epost">{t.email}</label>
          <p class="hint" id="epost-hint">
            {t.emailHint}
          </p>
          <input type="email" id="epost" name="epost" value={email} autocomplete="off" spellcheck={false} aria-describedby="epost-hint" required />
        </div>
        {ctx.keptLanguage ? <input type="hidden" name="lang" value={ctx.keptLanguage} /> : null}
        <button type="submit">{t.search}</button>
      </form>
      {results === null ? null : results.length === 0 ? (
        <p>{t.none(email)}</p>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t.results(email, results.length)}</h2>
          <ul class="cards">
            {results.map((r) => (
              <li class="card">
                <h3 class="card__title">
                  {r.firstName} {r.lastName} <span class="quiet">({r.reference})</span>
                </h3>
                <p class="card__meta">
                  <span class={`status status--${r.status}`}>{c.status[r.status as ApplicationStatus] ?? r.status}</span>
                  <span>
                    {t.applied} {formatDay(r.createdAt, ctx.language)}
                  </span>
                  <span>{r.associationName}</span>
                </p>
              </li>
            ))}
          </ul>
          {first ? (
            <ul class="link-list">
              <li>
                <a href={`/koordinator/personvern/eksport/${first.id}`} download>
                  {t.exportAll}
                </a>
              </li>
              <li>
                <a href={ctx.href(`/koordinator/personvern/slett/${first.id}`)}>{t.eraseAll}</a>
              </li>
            </ul>
          ) : null}
        </section>
      )}
    </div>
  );
}

export interface ErasePageProps {
  ctx: PageContext;
  applicationId: string;
  name: string;
  email: string;
  counts: ErasureCounts;
  /** The form came back without the confirmation ticked. */
  unconfirmed: boolean;
}

export function ErasePage({ ctx, applicationId, name, email, counts, unconfirmed }: ErasePageProps) {
  const t = privacyTexts(ctx.language);
  return (
    <div class="narrow">
      <h1>{t.eraseTitle}</h1>
      <ErrorSummary title={t.confirmRequired} errors={unconfirmed ? [{ field: 'bekreft', text: t.confirmRequired }] : []} />
      <p class="lead">{t.eraseIntro(name, email)}</p>
      <p>{t.willDelete}</p>
      <ul>
        {t.counts(counts).map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <p>{t.kept}</p>
      <p class="notice notice--warning">{t.cannotUndo}</p>
      <form method="post" action={ctx.href(`/koordinator/personvern/slett/${applicationId}`)} class="panel">
        <div class="checkbox">
          <input type="checkbox" id="bekreft" name="bekreft" value="yes" required aria-invalid={unconfirmed ? 'true' : undefined} />
          <label for="bekreft">{t.confirm}</label>
        </div>
        <div class="actions">
          <button type="submit" class="danger">
            {t.erase}
          </button>
          <a href={ctx.href('/koordinator/personvern')}>{t.cancel}</a>
        </div>
      </form>
    </div>
  );
}
