/** The figures page's content: the widget's weeks as a chart and a table, statuses, time to first contact, deletions. */
import type { PageContext } from '../kit/page-context.js';
import { commonTexts } from '../kit/common.texts.js';
import type { ApplicationStatus } from '../../follow-up/statuses.js';
import type { Figures } from './figures.loader.js';
import type { FiguresScope } from './figures-scope.js';
import { figuresTexts, type FiguresTexts } from './figures-texts.js';
import { SERIES, SeriesSwatch, WeeklyChart } from './weekly-chart.js';

/** The statuses in the order a coordinator moves through them, then the two ways out. */
const STATUS_ORDER: ApplicationStatus[] = ['new', 'unrouted', 'contacted', 'information_meeting', 'course', 'checks', 'ready_for_matching', 'declined', 'withdrawn'];

/** What the figures page shows, and for whom. */
export interface FiguresPageProps {
  ctx: PageContext;
  scope: FiguresScope;
  figures: Figures;
  /** RETENTION_MONTHS, for the sentence about deletions. */
  retentionMonths: number;
}

function scopeName(scope: FiguresScope, t: FiguresTexts): string {
  if (scope.kind === 'one') return scope.name ?? '';
  if (scope.kind === 'national') return t.national;
  return scope.choices.length === 1 ? scope.choices[0]!.name : t.allMine;
}

function ScopeChooser({ ctx, scope, t }: { ctx: PageContext; scope: FiguresScope; t: FiguresTexts }) {
  if (scope.choices.length < 2 && ctx.staff.role !== 'admin') return null;
  return (
    <form method="get" action="/koordinator/tall" class="scope-chooser">
      {ctx.keptLanguage ? <input type="hidden" name="lang" value={ctx.keptLanguage} /> : null}
      <label for="forening">{t.chooseLabel}</label>
      <select id="forening" name="forening">
        <option value="" selected={scope.selected === ''}>
          {ctx.staff.role === 'admin' ? t.national : t.allMine}
        </option>
        {scope.choices.map((a) => (
          <option value={a.slug} selected={scope.selected === a.slug}>
            {a.name}
          </option>
        ))}
      </select>{' '}
      <button type="submit">{t.choose}</button>
    </form>
  );
}

/** The page body; the frame (`Page`) comes from `renderPage`. */
export function FiguresPage({ ctx, scope, figures, retentionMonths }: FiguresPageProps) {
  const t = figuresTexts(ctx.language);
  const statusLabels = commonTexts(ctx.language).status as Record<string, string>;
  const number = new Intl.NumberFormat(t.locale);
  const decimal = new Intl.NumberFormat(t.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const format = (n: number) => number.format(n);
  const sum = (key: 'views' | 'starts' | 'submits') => figures.weeks.reduce((total, w) => total + w[key], 0);
  const labels = { views: t.views, starts: t.starts, submits: t.submits };
  const statuses = [
    ...STATUS_ORDER.filter((s) => s !== 'unrouted' || scope.kind === 'national' || figures.byStatus.has(s)),
    ...[...figures.byStatus.keys()].filter((s) => !STATUS_ORDER.includes(s as ApplicationStatus)).sort(),
  ];
  return (
    <>
      <link rel="stylesheet" href="/koordinator/assets/figures.css" />
      <h1>
        {t.title}: {scopeName(scope, t)}
      </h1>
      {scope.kind === 'mine' && scope.choices.length === 0 ? <p>{t.noAssociations}</p> : null}
      <ScopeChooser ctx={ctx} scope={scope} t={t} />

      <section aria-labelledby="widget-heading">
        <h2 id="widget-heading">{t.widgetHeading}</h2>
        <p>{t.widgetIntro}</p>
        <ul class="chart-legend">
          {SERIES.map((s) => (
            <li>
              <SeriesSwatch colour={s.colour} dash={s.dash} /> {labels[s.key]}
            </li>
          ))}
        </ul>
        <WeeklyChart weeks={figures.weeks} title={t.chartTitle} summary={t.chartSummary(format(sum('views')), format(sum('starts')), format(sum('submits')))} format={format} />
        <div class="table-scroll" role="region" aria-label={t.widgetTableCaption} tabindex={0}>
          <table class="figures-table">
            <caption>{t.widgetTableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.weekColumn}</th>
                <th scope="col">{t.views}</th>
                <th scope="col">{t.starts}</th>
                <th scope="col">{t.submits}</th>
              </tr>
            </thead>
            <tbody>
              {figures.weeks.map((w) => (
                <tr>
                  <th scope="row">{t.week(w.week)}</th>
                  <td>{format(w.views)}</td>
                  <td>{format(w.starts)}</td>
                  <td>{format(w.submits)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.total}</th>
                <td>{format(sum('views'))}</td>
                <td>{format(sum('starts'))}</td>
                <td>{format(sum('submits'))}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      {scope.kind === 'national' ? null : (
        <section aria-labelledby="arrivals-heading">
          <h2 id="arrivals-heading">{t.arrivalsHeading}</h2>
          <dl class="arrivals">
            <div>
              <dt>{t.sentFromPage}</dt>
              <dd class="arrivals__count">{format(figures.arrivals.sentFromPage)}</dd>
              <dd class="hint">{t.sentFromPageHint}</dd>
            </div>
            <div>
              <dt>{t.received}</dt>
              <dd class="arrivals__count">{format(figures.arrivals.received)}</dd>
              <dd class="hint">{t.receivedHint}</dd>
            </div>
          </dl>
        </section>
      )}

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t.statusHeading}</h2>
        <div class="table-scroll" role="region" aria-label={t.statusCaption} tabindex={0}>
          <table class="figures-table">
            <caption>{t.statusCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.count}</th>
              </tr>
            </thead>
            <tbody>
              {statuses.map((s) => (
                <tr>
                  <th scope="row">{statusLabels[s] ?? s}</th>
                  <td>{format(figures.byStatus.get(s) ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t.contactHeading}</h2>
        <p>{figures.medianDaysToContact === null ? t.noContactYet : t.median(decimal.format(figures.medianDaysToContact), t.applications(figures.contacted))}</p>
        <p>{t.waiting(t.applications(figures.waiting))}</p>
      </section>

      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading">{t.retentionHeading}</h2>
        <p>{t.deleted(t.applications(figures.deleted), retentionMonths)}</p>
      </section>
    </>
  );
}
