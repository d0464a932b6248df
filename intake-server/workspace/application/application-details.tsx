/** The applicant's details on the application page: overview, contact, answers and flags, own words, privacy. */
import { applicationTexts } from './application.texts.js';
import { commonTexts } from '../kit/common.texts.js';
import { daysBetween } from '../../lib/time.js';
import { formatDay, formatPhone, formatTime } from '../kit/format.js';
import type { PageContext } from '../kit/page-context.js';
import type { Answers, WorkspaceApplication } from '../../applications/application.js';

export interface DetailsProps {
  ctx: PageContext;
  application: WorkspaceApplication;
  associationName: string;
  sharedWith: string[];
  kommuneName: string | null;
}

const ANSWER_ORDER: (keyof Answers)[] = ['age25OrOlder', 'canCommit', 'willTakeCourse', 'willSignConfidentiality', 'willShowPoliceCertificate'];

export function Overview({ ctx, application: a, associationName, sharedWith }: DetailsProps) {
  const t = applicationTexts(ctx.language);
  const c = commonTexts(ctx.language);
  return (
    <section aria-labelledby="overview-heading" class="panel">
      <h2 id="overview-heading">{t.overview}</h2>
      <dl class="facts">
        <dt>{t.status}</dt>
        <dd>
          <span class={`status status--${a.status}`}>{c.status[a.status]}</span>
        </dd>
        <dt>{t.applied}</dt>
        <dd>
          {formatDay(a.createdAt, ctx.language)} ({c.ago(daysBetween(a.createdAt, ctx.now))})
        </dd>
        <dt>{t.association}</dt>
        <dd>{associationName}</dd>
        {sharedWith.length > 0 ? (
          <>
            <dt>{t.sharedWith}</dt>
            <dd>{sharedWith.join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

export function Contact({ ctx, application: a, kommuneName }: DetailsProps) {
  const t = applicationTexts(ctx.language);
  return (
    <section aria-labelledby="contact-heading" class="panel">
      <h2 id="contact-heading">{t.contactHeading}</h2>
      <dl class="facts">
        <dt>{t.name}</dt>
        <dd>
          {a.firstName} {a.lastName}
        </dd>
        <dt>{t.email}</dt>
        <dd>
          <a href={`mailto:${a.email}`}>{a.email}</a>
        </dd>
        <dt>{t.phone}</dt>
        <dd>
          <a href={`tel:${a.phone}`}>{formatPhone(a.phone)}</a>
        </dd>
        <dt>{t.postalCode}</dt>
        <dd>{a.postalCode}</dd>
        {kommuneName ? (
          <>
            <dt>{t.kommune}</dt>
            <dd>{kommuneName}</dd>
          </>
        ) : null}
        <dt>{t.formLanguage}</dt>
        <dd>{t.languageNames[a.language]}</dd>
      </dl>
    </section>
  );
}

export function AnswersAndFlags({ ctx, application: a }: DetailsProps) {
  const t = applicationTexts(ctx.language);
  const c = commonTexts(ctx.language);
  return (
    <section aria-labelledby="answers-heading" class="panel">
      <h2 id="answers-heading">{t.answersHeading}</h2>
      <dl class="facts facts--answers">
        {ANSWER_ORDER.map((key) => (
          <>
            <dt>{t.answer[key]}</dt>
            <dd class={a.answers[key] ? undefined : 'answer-no'}>{a.answers[key] ? c.yes : c.no}</dd>
          </>
        ))}
      </dl>
      <h3>{t.flagsHeading}</h3>
      {a.flags.length > 0 ? (
        <ul class="flag-list">
          {a.flags.map((f) => (
            <li>{c.flag[f]}</li>
          ))}
        </ul>
      ) : (
        <p class="quiet">{t.noFlags}</p>
      )}
    </section>
  );
}

export function OwnWords({ ctx, application: a }: DetailsProps) {
  const t = applicationTexts(ctx.language);
  return (
    <section aria-labelledby="words-heading" class="panel">
      <h2 id="words-heading">{t.motivation}</h2>
      <p class="own-words">{a.motivation || '–'}</p>
      <h3>{t.languages}</h3>
      <p class="own-words">{a.languages || '–'}</p>
      <p class="hint">{t.freeTextNote}</p>
    </section>
  );
}

export function PrivacyFacts({ ctx, application: a }: DetailsProps) {
  const t = applicationTexts(ctx.language);
  return (
    <section aria-labelledby="privacy-heading" class="panel panel--quiet">
      <h2 id="privacy-heading">{t.privacyHeading}</h2>
      <p>{t.privacy(a.privacyNoticeVersion, formatTime(a.privacyAcknowledgedAt, ctx.language))}</p>
    </section>
  );
}
