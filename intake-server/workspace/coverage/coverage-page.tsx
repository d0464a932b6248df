/** The national admin's coverage page: the route question, associations that cover nothing, and each fylke's kommuner. */
import type { Association } from '../../associations/association.js';
import type { CoverageOverview, CoveringAssociation, FylkeCoverage, KommuneCoverage } from '../../routing/coverage-overview.js';
import type { PageContext } from '../kit/page-context.js';
import { coverageTexts } from './coverage.texts.js';
import { RouteForm, type RouteFormProps } from './route-answer.js';

export interface CoveragePageProps {
  ctx: PageContext;
  overview: CoverageOverview;
  /** The fylke picked in the filter, or null for all (each folded). */
  fylke: string | null;
  route: Omit<RouteFormProps, 'ctx' | 'associations'>;
  associations: Association[];
}

/** "Narvik sanitetsforening (lokalforening, ingen aktiv koordinator)". */
function AssociationLabel({ ctx, covering, ranges }: { ctx: PageContext; covering: CoveringAssociation; ranges?: string }) {
  const t = coverageTexts(ctx.language);
  const { association } = covering;
  const notes = [t.kind[association.kind], ...(association.active ? [] : [t.inactive]), ...(covering.coordinators === 0 ? [t.noCoordinator] : []), ...(ranges ? [t.onlyRanges(ranges)] : [])];
  return (
    <>
      {association.name} <span class={covering.canTake ? 'quiet' : 'coverage-problem'}>({notes.join(', ')})</span>
    </>
  );
}

function KommuneItem({ ctx, kommune }: { ctx: PageContext; kommune: KommuneCoverage }) {
  const t = coverageTexts(ctx.language);
  return (
    <li>
      <span class="coverage-kommune">
        {kommune.number} {kommune.name}
      </span>
      {kommune.servers.length === 0 ? (
        <span class="quiet"> – {t.nobody}</span>
      ) : (
        <ul>
          {kommune.servers.map((s) => (
            <li>
              <AssociationLabel ctx={ctx} covering={s} ranges={s.ranges.map((r) => (r.from === r.to ? r.from : `${r.from}–${r.to}`)).join(', ')} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function KommuneList({ ctx, kommuner, summary, open }: { ctx: PageContext; kommuner: KommuneCoverage[]; summary: string; open: boolean }) {
  return (
    <details open={open}>
      <summary>{summary}</summary>
      <ul class="coverage-list">
        {kommuner.map((k) => (
          <KommuneItem ctx={ctx} kommune={k} />
        ))}
      </ul>
    </details>
  );
}

function Fylke({ ctx, fylke, open }: { ctx: PageContext; fylke: FylkeCoverage; open: boolean }) {
  const t = coverageTexts(ctx.language);
  const served = fylke.kommuner.filter((k) => k.served);
  // Served only for some postal codes: an association takes applications from part of the kommune (postal ranges).
  const takesSome = (k: KommuneCoverage) => !k.served && k.servers.some((s) => s.canTake);
  const partly = fylke.kommuner.filter(takesSome);
  const unserved = fylke.kommuner.filter((k) => !k.served && !takesSome(k));
  const taking = fylke.county.filter((c) => c.canTake).map((c) => `${c.association.name} (${t.kind.county})`);
  return (
    <section aria-labelledby={`fylke-${fylke.number}`} class="coverage-fylke">
      <h3 id={`fylke-${fylke.number}`}>
        {fylke.name} ({fylke.number})
      </h3>
      <p>{t.kommuneCount(fylke.kommuner.length, served.length, partly.length)}</p>
      {/* Where every kommune is served whole, no application from the fylke falls back (by postal code). */}
      {unserved.length + partly.length > 0 ? <p>{fylke.fallback === 'county' ? t.fallbackCounty(taking.join(', ')) : t.fallbackNational}</p> : null}
      {fylke.county
        .filter((c) => !c.canTake)
        .map((c) => (
          <p>
            <AssociationLabel ctx={ctx} covering={c} /> {t.countyCannot(c.association.name)}
          </p>
        ))}
      {unserved.length > 0 ? <KommuneList ctx={ctx} kommuner={unserved} summary={t.unservedHeading(unserved.length)} open={open} /> : null}
      {partly.length > 0 ? <KommuneList ctx={ctx} kommuner={partly} summary={t.partlyHeading(partly.length)} open={open} /> : null}
      {served.length > 0 ? <KommuneList ctx={ctx} kommuner={served} summary={t.servedHeading(served.length)} open={open} /> : null}
      {unserved.length + partly.length === 0 ? <p>{t.allServed}</p> : served.length + partly.length === 0 ? <p>{t.noneServed}</p> : null}
    </section>
  );
}

export function CoveragePage({ ctx, overview, fylke, route, associations }: CoveragePageProps) {
  const t = coverageTexts(ctx.language);
  const shown = fylke ? overview.fylker.filter((f) => f.number === fylke) : overview.fylker;
  return (
    <div class="narrow">
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <RouteForm ctx={ctx} associations={associations} {...route} />

      <section aria-labelledby="nothing-heading" class="quiet-section">
        <h2 id="nothing-heading">{t.coveringNothingHeading}</h2>
        {overview.coveringNothing.length === 0 ? (
          <p>{t.coveringNothingNone}</p>
        ) : (
          <>
            <p>{t.coveringNothingIntro}</p>
            <ul>
              {overview.coveringNothing.map((c) => (
                <li>
                  <AssociationLabel ctx={ctx} covering={c} />
                </li>
              ))}
            </ul>
          </>
        )}
        {overview.fylker.length > 0 && overview.unknownKommuner.length > 0 ? (
          <>
            <p>{t.unknownKommuner}</p>
            <ul>
              {overview.unknownKommuner.map((k) => (
                <li>
                  {k.number}:{' '}
                  {k.servers.map((s, i) => (
                    <>
                      {i > 0 ? ', ' : ''}
                      <AssociationLabel ctx={ctx} covering={s} />
                    </>
                  ))}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="fylker-heading" class="quiet-section">
        <h2 id="fylker-heading">{t.fylkerHeading}</h2>
        <p>{t.pageFirst}</p>
        {overview.fylker.length === 0 ? (
          <p class="notice">{t.noKommuneList}</p>
        ) : (
          <form method="get" action="/koordinator/dekning" class="filters">
            <div class="filters__fields">
              <div class="field">
                <label for="fylke">{t.fylke}</label>
                <select id="fylke" name="fylke">
                  <option value="">{t.allFylker}</option>
                  {overview.fylker.map((f) => (
                    <option value={f.number} selected={f.number === fylke}>
                      {f.name}
                    </option>
                  ))}
                </select>
              </div>
              {ctx.keptLanguage ? <input type="hidden" name="lang" value={ctx.keptLanguage} /> : null}
              <button type="submit" class="secondary">
                {t.show}
              </button>
            </div>
          </form>
        )}
        {shown.map((f) => (
          <Fylke ctx={ctx} fylke={f} open={fylke !== null} />
        ))}
      </section>
    </div>
  );
}
