/** Row types of associations and their coordinators. */
import type { Selectable } from 'kysely';

export interface AssociationTable {
  id: string;
  slug: string;
  /** `national` is the national project lead: the fallback when no local association can take an application. */
  kind: 'local' | 'national';
  name: string;
  /** Where applicants' replies go (`Reply-To`) and the contact shown to them. */
  contact_email: string;
  contact_phone: string | null;
  default_language: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface CoordinatorTable {
  id: string;
  association_id: string;
  name: string;
  email: string;
  active: number;
  created_at: string;
}

export type AssociationRow = Selectable<AssociationTable>;
export type CoordinatorRow = Selectable<CoordinatorTable>;
