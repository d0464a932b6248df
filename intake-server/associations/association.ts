/** The association as the domain sees it. */
import type { Language, PublicAssociation } from '../../contract/index.js';
import type { AssociationRow } from './association.table.js';

export interface Association {
  id: string;
  slug: string;
  kind: 'local' | 'national';
  name: string;
  contactEmail: string;
  contactPhone: string | null;
  defaultLanguage: Language;
  active: boolean;
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
