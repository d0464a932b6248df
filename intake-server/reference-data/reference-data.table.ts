/** Row types of the imported reference data: Kartverket's kommuner and Bring's postal codes. */
export interface KommuneTable {
  number: string;
  name: string;
  county_number: string;
  county_name: string;
}

export interface PostalCodeTable {
  code: string;
  /** Poststed as Bring writes it (upper case). */
  place: string;
  kommune_number: string;
  /** Bring's kategori: G street addresses, P PO boxes, B both, S service codes. */
  category: string;
}
