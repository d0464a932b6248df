/** Soft flags: answers a coordinator should talk through with the applicant. They never reject an application. */
import type { Application } from '../../contract/index.js';

export const SOFT_FLAGS = [
  'under_25',
  'cannot_commit',
  'no_course',
  'no_confidentiality_declaration',
  'no_police_certificate',
] as const;
export type SoftFlag = (typeof SOFT_FLAGS)[number];

/** The soft flags an application raises, in a fixed order. */
export function softFlagsOf(a: Application): SoftFlag[] {
  const flags: SoftFlag[] = [];
  if (!a.age25OrOlder) flags.push('under_25');
  if (!a.canCommit) flags.push('cannot_commit');
  if (!a.willTakeCourse) flags.push('no_course');
  if (!a.willSignConfidentiality) flags.push('no_confidentiality_declaration');
  if (!a.willShowPoliceCertificate) flags.push('no_police_certificate');
  return flags;
}
