// One page of a long table: a whole 10× corpus has thousands of statistic rows, which take
// seconds to render; the CSV download still takes them all.

export interface RowPage<T> {
  rows: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last row shown (0 and 0 for an empty table). */
  from: number;
  to: number;
}

/** Page `requested` (any value from a URL: junk means the first page) of `rows`, `perPage` a page. */
export function pageOfRows<T>(rows: readonly T[], requested: unknown, perPage: number): RowPage<T> {
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  const asked = Number(Array.isArray(requested) ? requested[0] : requested);
  const page = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, pages) : 1;
  const shown = rows.slice((page - 1) * perPage, page * perPage);
  const from = shown.length === 0 ? 0 : (page - 1) * perPage + 1;
  return { rows: shown, page, pages, from, to: shown.length === 0 ? 0 : from + shown.length - 1 };
}
