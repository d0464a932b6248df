/** `/koordinator/kurs/tall`: counts only, per association (her own; every one for the admin) and, for the admin, the whole country. */
import type { PageContext } from '../kit/page-context.js';
import { courseTexts } from './course-sessions.texts.js';

export interface CourseFigureRow {
  name: string;
  invited: number;
  booked: number;
  attended: number;
  noShows: number;
  medianDays: number | null;
}

export function CourseFiguresPage({ ctx, rows }: { ctx: PageContext; rows: CourseFigureRow[] }) {
  const t = courseTexts(ctx.language);
  const c = t.figuresColumns;
  return (
    <div class="narrow">
      <p class="back">
        <a href={ctx.href('/koordinator/kurs')}>{t.backToList}</a>
      </p>
      <h1>{t.figuresTitle}</h1>
      <p class="lead">{t.figuresIntro}</p>
      <div class="table-scroll" role="region" aria-label={t.figuresTitle} tabindex={0}>
        <table>
          <caption class="visually-hidden">{t.figuresTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{c.association}</th>
              <th scope="col">{c.invited}</th>
              <th scope="col">{c.booked}</th>
              <th scope="col">{c.attended}</th>
              <th scope="col">{c.noShows}</th>
              <th scope="col">{c.days}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row">{r.name}</th>
                <td>{r.invited}</td>
                <td>{r.booked}</td>
                <td>{r.attended}</td>
                <td>{r.noShows}</td>
                <td>{r.medianDays === null ? t.noMedian : r.medianDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
