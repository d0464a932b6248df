/** Row type of the counts that outlive deleted applications, for the figures page. */

export interface RetentionCountTable {
  /** YYYY-MM of the deletion. */
  month: string;
  association_id: string;
  status: string;
  count: number;
}
