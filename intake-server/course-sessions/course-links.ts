/**
 * The applicant's links, signed like the withdrawal link and never stored: the invitation link (`/kurs/TOKEN`: book,
 * cancel, rebook, join the waiting list) names the invitation and its link version, so raising the version retires
 * every earlier link; the claim link (`/kurs/tilbud/TOKEN`) names a waiting-list place and the moment it was offered,
 * so it works for that one offer only. Expiry and use are the database's to decide (see booking.service.ts).
 */
import { signValue, verifySignedValue } from '../lib/signed-value.js';

const INVITATION = 'course-invitation';
const OFFER = 'course-offer';

/** Where the public booking pages live, under the public address. */
export const BOOKING_PATH = '/kurs';

const ID = '[A-Za-z0-9_-]{1,64}';

/** The link in an invitation (and in every mail about her booking). */
export function invitationUrl(publicUrl: string, secret: string, invitationId: string, version: number): string {
  return `${publicUrl}${BOOKING_PATH}/${signValue(secret, INVITATION, `${invitationId}.${version}`)}`;
}

/** The invitation and link version a token names, or null when it was changed or made up. */
export function readInvitationToken(secret: string, token: string): { invitationId: string; version: number } | null {
  if (token.length > 200) return null;
  const match = verifySignedValue(secret, INVITATION, token)?.match(new RegExp(`^(${ID})\\.(\\d{1,9})$`));
  return match ? { invitationId: match[1]!, version: Number(match[2]) } : null;
}

/** The claim link of one offer of a freed place. */
export function offerUrl(publicUrl: string, secret: string, bookingId: string, offeredAt: string): string {
  return `${publicUrl}${BOOKING_PATH}/tilbud/${signValue(secret, OFFER, `${bookingId}.${new Date(offeredAt).getTime()}`)}`;
}

/** The waiting-list place and offer time a claim token names, or null. */
export function readOfferToken(secret: string, token: string): { bookingId: string; offeredAt: string } | null {
  if (token.length > 200) return null;
  const match = verifySignedValue(secret, OFFER, token)?.match(new RegExp(`^(${ID})\\.(\\d{1,15})$`));
  return match ? { bookingId: match[1]!, offeredAt: new Date(Number(match[2])).toISOString() } : null;
}
