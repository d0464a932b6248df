/** A valid application for tests on both sides of the contract. Fictional person. */
import type { ApplicationInput } from './application.schema.js';

export function validApplication(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    firstName: 'Kari',
    lastName: 'Nordmann',
    email: 'kari.nordmann@example.no',
    phone: '412 34 567',
    postalCode: '2317',
    age25OrOlder: true,
    canCommit: true,
    willTakeCourse: true,
    willSignConfidentiality: true,
    willShowPoliceCertificate: true,
    motivation: 'Jeg har god tid og liker å gå turer.',
    languages: 'norsk, engelsk',
    privacyAcknowledged: true,
    privacyNoticeVersion: '2026-11-01',
    association: 'eksempelby',
    language: 'nb',
    ...overrides,
  };
}
