/** Row type of the widget's anonymous daily counts (views, starts, sends) per association. */

export interface WidgetCountTable {
  day: string;
  association_slug: string;
  /** `view`, `start` or `submit`. */
  event: string;
  count: number;
}
