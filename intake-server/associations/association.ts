/** The association as the domain sees it. */
import type { Language, PublicAssociation } from '../../contract/index.js';
import type { AssociationRow } from './association.table.js';

/** `local` serves kommuner; `county` takes what no local association can in its fylke; `national` is the last fallback. */
export type AssociationKind = 'local' | 'county' | 'national';

/** Every kind, for validation. */
export const ASSOCIATION_KINDS: readonly AssociationKind[] = ['local', 'county', 'national'];

export interface Association {
  id: string;
  slug: string;
  kind: AssociationKind;
  name: string;
  contactEmail: string;
  contactPhone: string | null;
  defaultLanguage: Language;
  active: boolean;
  /** Web origins the widget may post from for this association; empty means any. */
  allowedOrigins: string[];
  settings: AssociationSettings;
  /** The fylke a `county` association covers; null for the others. */
  countyNumber: string | null;
}

/** Programme settings an association (or the national admin) can change. */
export interface AssociationSettings {
  /** Soft rule: applicants who say they are younger are flagged, never rejected. */
  minimumAge: number;
  /** Coordinator notices carry the applicant's full contact details (the association asked for it). */
  fullDetailsInNotice: boolean;
}

const DEFAULT_SETTINGS: AssociationSettings = { minimumAge: 25, fullDetailsInNotice: false };

/** Parses a JSON column; a damaged value gives the fallback rather than breaking routing. */
export function parseJsonColumn<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Maps a row to the domain shape. */
export function toAssociation(row: AssociationRow): Association {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    defaultLanguage: (['nb', 'nn', 'en'].includes(row.default_language) ? row.default_language : 'nb') as Language,
    active: row.active === 1,
    allowedOrigins: parseJsonColumn<string[]>(row.allowed_origins, []),
    settings: { ...DEFAULT_SETTINGS, ...parseJsonColumn<Partial<AssociationSettings>>(row.settings, {}) },
    countyNumber: row.county_number,
  };
}

/** What an applicant may see of an association. */
export function toPublicAssociation(a: Association): PublicAssociation {
  return {
    slug: a.kind === 'national' ? null : a.slug,
    name: a.name,
    email: a.contactEmail,
    ...(a.contactPhone ? { phone: a.contactPhone } : {}),
  };
}
