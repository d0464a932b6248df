/** Shared limits of the intake contract: the widget enforces them as a courtesy, the server as a rule. */
export const LIMITS = {
  /** Largest request body the intake server reads, in bytes. */
  bodyBytes: 16 * 1024,
  nameLength: 100,
  /** RFC 5321 caps a forward path at 256 octets including the angle brackets. */
  emailLength: 254,
  phoneLength: 24,
  motivationLength: 1500,
  languagesLength: 200,
  associationSlugLength: 64,
  privacyNoticeVersionLength: 32,
  idempotencyKeyLength: 128,
  challengeLength: 2000,
} as const;

/** The languages the form and the emails are written in. Bokmål is the default. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';

/** The versioned path under which the intake API lives. Contract changes are additive within a version. */
export const API_PREFIX = '/api/v1';
