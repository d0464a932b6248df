/**
 * The applicant's pages, without an account: choose a date (only dates, places and free places are shown), her
 * booking with cancel and change, the claim of a freed place, and a kind page for a link that no longer works.
 */
import type { Child } from 'hono/jsx';
import type { Language } from '../../contract/index.js';
import { PlainPage } from '../hosted/hosted-page.js';
import { formatOsloClock, formatOsloTime, formatOsloWeekday } from '../lib/oslo-format.js';
import type { BookingMessage, BookingTexts } from './booking.texts.js';
import type { BookingStatus, SessionKind, SessionWithPlaces } from './course-session.js';

function Frame(props: { language: Language; title: string; kicker: string; children: Child }) {
  return (
    <PlainPage language={props.language} title={props.title} kicker={props.kicker} heading={props.title} noindex>
      <div class="receipt">{props.children}</div>
    </PlainPage>
  );
}

/** "torsdag 10. desember kl. 18:00–21:00, Storgata 1" (or "Videomøte"): what she may see of a session. */
export function sessionLine(s: SessionWithPlaces, language: Language, t: BookingTexts): string {
  const when = t.when(formatOsloWeekday(new Date(s.startsAt), language), formatOsloClock(s.startsAt, language), formatOsloClock(s.endsAt, language));
  return `${when}, ${s.place || t.video}`;
}

function Message({ text }: { text: string | null }) {
  return text ? (
    <p role="status" class="reference">
      {text}
    </p>
  ) : null;
}

/** The dates to choose from, as one radio group; full ones offer the waiting list when `waitingAllowed`. */
function DateChoice({ language, t, sessions, exclude, waitingAllowed, action, button, legend }: {
  language: Language;
  t: BookingTexts;
  sessions: SessionWithPlaces[];
  exclude: string | null;
  waitingAllowed: boolean;
  action: string;
  button: string;
  legend: string;
}) {
  const choices = sessions.filter((s) => s.id !== exclude && (waitingAllowed || s.free > 0));
  if (choices.length === 0) return <p>{t.noSessions}</p>;
  return (
    <form method="post" action={action}>
      <input type="hidden" name="handling" value="book" />
      <fieldset>
        <legend>{legend}</legend>
        {choices.map((s) => (
          <div class="field checkbox">
            <input type="radio" id={`okt-${s.id}`} name="okt" value={s.id} />
            <label for={`okt-${s.id}`}>{`${sessionLine(s, language, t)}. ${s.free > 0 ? t.free(s.free) : t.full}`}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit">{button}</button>
    </form>
  );
}

export interface BookingPageProps {
  language: Language;
  t: BookingTexts;
  kind: SessionKind;
  action: string;
  sessions: SessionWithPlaces[];
  live: { status: BookingStatus; session: SessionWithPlaces } | null;
  message: BookingMessage | null;
}

export function BookingPage({ language, t, kind, action, sessions, live, message }: BookingPageProps) {
  const note = message ? t.messages[message] : null;
  if (!live) {
    return (
      <Frame language={language} title={t.chooseTitle[kind]} kicker={t.kicker}>
        <Message text={note} />
        <DateChoice language={language} t={t} sessions={sessions} exclude={null} waitingAllowed action={action} button={t.book} legend={t.chooseLegend} />
      </Frame>
    );
  }
  const line = sessionLine(live.session, language, t);
  const says = live.status === 'booked' ? t.bookedFor(line) : live.status === 'offered' ? t.offeredFor(line) : t.waitingFor(line);
  return (
    <Frame language={language} title={t.bookedTitle} kicker={t.kicker}>
      <Message text={note} />
      <p>{says}</p>
      {live.status === 'booked' ? <p>{t.mailSays}</p> : null}
      <form method="post" action={action}>
        <input type="hidden" name="handling" value="cancel" />
        <button type="submit">{live.status === 'booked' ? t.cancelBooked : t.leaveWaiting}</button>
      </form>
      <h2>{t.otherDate}</h2>
      <DateChoice language={language} t={t} sessions={sessions} exclude={live.session.id} waitingAllowed={live.status !== 'booked'} action={action} button={t.switchDate} legend={t.chooseLegend} />
    </Frame>
  );
}

export function ClaimPage({ language, t, session, expiresAt, action }: { language: Language; t: BookingTexts; session: SessionWithPlaces; expiresAt: string; action: string }) {
  return (
    <Frame language={language} title={t.claimTitle} kicker={t.kicker}>
      <p>{t.claimIntro(sessionLine(session, language, t))}</p>
      <p>{t.claimUntil(formatOsloTime(expiresAt, language))}</p>
      <form method="post" action={action}>
        <button type="submit">{t.claim}</button>
      </form>
    </Frame>
  );
}

export function ClaimedPage({ language, t }: { language: Language; t: BookingTexts }) {
  return (
    <Frame language={language} title={t.claimedTitle} kicker={t.kicker}>
      <p>{t.claimed}</p>
    </Frame>
  );
}

export function BookingUnavailablePage({ language, t }: { language: Language; t: BookingTexts }) {
  return (
    <Frame language={language} title={t.unavailableTitle} kicker={t.kicker}>
      <p>{t.unavailable}</p>
      <p>{t.unavailableHelp}</p>
    </Frame>
  );
}
