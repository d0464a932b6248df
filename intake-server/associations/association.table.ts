/** Row types of associations and their coordinators. */
import type { Generated, Selectable } from 'kysely';

export interface AssociationTable {
  id: string;
  slug: string;
  /**
   * `local` serves kommuner and postal ranges; `county` takes what no local association can in its fylke
   * (`county_number`); `national` is the national project lead, the last fallback.
   */
  kind: 'local' | 'county' | 'national';
  name: string;
  /** Where applicants' replies go (`Reply-To`) and the contact shown to them. */
  contact_email: string;
  contact_phone: string | null;
  default_language: string;
  active: number;
  created_at: string;
  updated_at: string;
  /** JSON array of web origins the widget may post from; empty means any. */
  allowed_origins: Generated<string>;
  /** JSON object of programme settings (see `AssociationSettings`). */
  settings: Generated<string>;
  /** Fylkesnummer a `county` association covers. */
  county_number: string | null;
  /** 1: its coordinators must sign in with a passkey (the email link then only serves to register one). */
  require_passkey: Generated<number>;
}

export interface AssociationKommuneTable {
  association_id: string;
  kommune_number: string;
}

export interface AssociationPostalRangeTable {
  id: string;
  association_id: string;
  /** Inclusive range of four-digit postal codes, compared as strings. */
  from_code: string;
  to_code: string;
}

export interface CoordinatorTable {
  id: string;
  association_id: string;
  name: string;
  email: string;
  active: number;
  created_at: string;
  /** 1: a lead coordinator, who may manage this association's coordinators, contact details and allowed origins. */
  lead: Generated<number>;
}

export type AssociationRow = Selectable<AssociationTable>;
