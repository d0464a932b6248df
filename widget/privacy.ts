/** The version of the privacy notice the form shows; recorded with every application (the texts are in messages/). */

/**
 * Change this together with the privacy texts in `messages/*.ts`, so that each application records the version its
 * applicant actually saw.
 */
export const PRIVACY_NOTICE_VERSION = '2026-11-01';
