/**
 * HTTP: the applicant's booking pages under `/kurs`, without an account. `GET /kurs/:token` shows the dates she may
 * choose (or her booking); `POST` books, changes, joins a waiting list or cancels, then back to the page (post,
 * redirect, get). `/kurs/tilbud/:token` claims a freed place. A changed, retired or expired link gets the same kind
 * page (410) and changes nothing. POSTs from other sites are refused; bodies are small.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import { LANGUAGES, type Language } from '../../contract/index.js';
import type { AppEnv } from '../app-env.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../errors.js';
import { htmlDocument } from '../lib/html-document.js';
import { setHostedPageHeaders } from '../security/hosted-headers.js';
import { isCrossSite } from '../workspace/auth/same-origin.js';
import { bookSession, cancelBooking, claimOffer, openInvitation, openOffer } from './booking.service.js';
import { BookingPage, BookingUnavailablePage, ClaimedPage, ClaimPage } from './booking-pages.js';
import { BOOKING_TEXTS, type BookingMessage } from './booking.texts.js';
import { BOOKING_PATH } from './course-links.js';
import { findInvitation } from './course-bookings.repository.js';
import { listSessionsFor } from './course-sessions.repository.js';
import type { SessionKind } from './course-session.js';

export interface BookingRoutesDeps {
  db: Kysely<Database>;
  publicUrl: string;
  secretKey: string;
  now: () => Date;
  onQueued: () => void;
}

const MESSAGES: readonly BookingMessage[] = ['booked', 'waiting', 'cancelled', 'unchanged', 'unavailable', 'choose'];
const languageOf = (l: string): Language => ((LANGUAGES as readonly string[]).includes(l) ? (l as Language) : 'nb');

export function createBookingRoutes(deps: BookingRoutesDeps) {
  const booking = { db: deps.db, publicUrl: deps.publicUrl, secret: deps.secretKey };

  function headers(c: Context<AppEnv>) {
    setHostedPageHeaders(c, 'none');
    // The link is the key: no page it leads to may pass it on.
    c.header('Referrer-Policy', 'no-referrer');
  }

  function unavailable(c: Context<AppEnv>, language: Language = 'nb') {
    c.set('outcome', 'link_unavailable');
    return c.html(htmlDocument(<BookingUnavailablePage language={language} t={BOOKING_TEXTS[language]} />), 410);
  }

  function refuseCrossSite(c: Context<AppEnv>) {
    if (isCrossSite(c.req.raw)) throw new HttpError(403, 'forbidden_origin', 'This form may be sent only from its own page.');
  }

  return new Hono<AppEnv>()
    .use('*', bodyLimit({ maxSize: 4 * 1024, onError: (c) => c.text('The request is too large.', 413) }))
    .get('/tilbud/:token', async (c) => {
      headers(c);
      const offer = await openOffer(booking, c.req.param('token'), deps.now());
      const invitation = offer ? await findInvitation(deps.db, offer.booking.invitation_id) : undefined;
      if (!offer || !invitation) return unavailable(c);
      const language = languageOf(invitation.language);
      const action = `${BOOKING_PATH}/tilbud/${c.req.param('token')}`;
      return c.html(htmlDocument(<ClaimPage language={language} t={BOOKING_TEXTS[language]} session={offer.session} expiresAt={offer.booking.offer_expires_at ?? ''} action={action} />));
    })
    .post('/tilbud/:token', async (c) => {
      headers(c);
      refuseCrossSite(c);
      const offer = await openOffer(booking, c.req.param('token'), deps.now());
      const invitation = offer ? await findInvitation(deps.db, offer.booking.invitation_id) : undefined;
      if (!offer || !invitation || !(await claimOffer(booking, c.req.param('token'), deps.now()))) return unavailable(c, invitation ? languageOf(invitation.language) : 'nb');
      deps.onQueued();
      c.set('outcome', 'claimed');
      const language = languageOf(invitation.language);
      return c.html(htmlDocument(<ClaimedPage language={language} t={BOOKING_TEXTS[language]} />));
    })
    .get('/:token', async (c) => {
      headers(c);
      const now = deps.now();
      const state = await openInvitation(booking, c.req.param('token'), now);
      if (!state) return unavailable(c);
      const { invitation, live, liveSession } = state;
      const language = languageOf(invitation.language);
      const kind: SessionKind = invitation.kind === 'course' ? 'course' : 'info_meeting';
      const sessions = await listSessionsFor(deps.db, [invitation.association_id], now, now, kind);
      const asked = c.req.query('melding');
      const page = (
        <BookingPage
          language={language}
          t={BOOKING_TEXTS[language]}
          kind={kind}
          action={`${BOOKING_PATH}/${c.req.param('token')}`}
          sessions={sessions}
          live={live && liveSession ? { status: live.status as 'booked' | 'waiting' | 'offered', session: liveSession } : null}
          message={MESSAGES.find((m) => m === asked) ?? null}
        />
      );
      return c.html(htmlDocument(page));
    })
    .post('/:token', async (c) => {
      headers(c);
      refuseCrossSite(c);
      const token = c.req.param('token');
      const now = deps.now();
      const body = await c.req.parseBody();
      const back = (m: BookingMessage) => c.redirect(`${BOOKING_PATH}/${token}?melding=${m}`, 303);
      if (body.handling === 'cancel') {
        if (!(await cancelBooking(booking, token, now))) return unavailable(c);
        deps.onQueued();
        return back('cancelled');
      }
      const sessionId = typeof body.okt === 'string' ? body.okt.slice(0, 64) : '';
      if (!sessionId) return (await openInvitation(booking, token, now)) ? back('choose') : unavailable(c);
      const result = await bookSession(booking, token, sessionId, now);
      if (!result.ok) return result.code === 'link_unavailable' ? unavailable(c) : back('unavailable');
      if (result.outcome === 'booked') deps.onQueued();
      c.set('outcome', result.outcome);
      return back(result.outcome);
    });
}
