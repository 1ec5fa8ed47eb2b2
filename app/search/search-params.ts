// A page's searchParams (Next.js hands them as a record) as URLSearchParams, which the request
// parsers read, and back into a query string for links that keep the current filters.

export type PageSearchParams = Record<string, string | string[] | undefined>;

export function toUrlSearchParams(record: PageSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

/** `?a=1&b=2` from pairs; empty values are left out. */
export function queryString(pairs: ReadonlyArray<readonly [string, string]>): string {
  const params = new URLSearchParams(pairs.filter(([, value]) => value !== '') as Array<[string, string]>);
  const text = params.toString();
  return text ? `?${text}` : '';
}
