// Where a chart figure stands, beyond its data: the page it belongs to, the chart-only page that
// embeds it, and where its full table is when the page itself does not carry it.

export interface Placement {
  /** Path of the chart's embed page (`/embed/timeline/users/`): the figure offers an <iframe> snippet for it. */
  embed?: string | undefined;
  /** On an embed page: the path of the page the chart belongs to, which its links, credit and citation name. */
  home?: string | undefined;
  /**
   * The full data table lives on another page (the embed page) and in a CSV: the figure carries a
   * link to each, and the chart fetches the table from `href` when it draws.
   */
  tableFrom?: { href: string; csv: string; rows: number } | undefined;
}

/** How tall an embed's <iframe> is suggested to be, by the kind of chart (CSS px). */
export const EMBED_HEIGHT = { lifespans: 900, users: 760, events: 700 } as const;

/** The timeline's charts, each with an embed page of its own. */
export const TIMELINE_CHARTS = ['lifespans', 'users', 'events'] as const;
export type TimelineChartName = (typeof TIMELINE_CHARTS)[number];

/** What a chart of rows with sources (users, events) takes beside its data. */
export interface SourcedChartProps {
  id: string;
  caption: string;
  summary: string;
  /** On an entry page: reference numbers into the page's source list instead of publisher links. */
  sourceNumbers?: Map<string, number> | undefined;
  tableOpen?: boolean;
  /** False to show the table without a chart (too few points to draw). */
  chart?: boolean;
  /** What its downloads are called (`telegram-users`); the id if not given. */
  file?: string;
  /** Its embed page, its home when embedded, and where its table is when not here. */
  placement?: Placement | undefined;
  /**
   * On an entry page: each row gets "cite", the page's own record (`data-cite-page`) at the row's
   * anchor, followed by its source's from the page's reference list (RowCite, CiteTemplate).
   */
  rowCite?: boolean | undefined;
}
