// Sorting the statistics table by a column; rows without a value go last either way, and ties
// keep text order (document, then position), so the order is the same on the page and in the CSV.
import type { StatisticRow } from './statistic-row';
import type { StatisticSortKey } from './statistics-query';

type SortValue = number | string | null;

function sortValue(row: StatisticRow, key: StatisticSortKey): SortValue {
  switch (key) {
    case 'value':
      return row.value;
    case 'year':
      return row.year;
    case 'kind':
      return row.kind;
    case 'what':
      return row.what;
    case 'qualifier':
      return row.qualifier;
    case 'claim':
      return row.claim?.quote ?? null;
    case 'actor':
      return row.actors.length === 0 ? null : row.actors.map((a) => a.name ?? '').join(', ');
    case 'document':
      return row.documentTitle;
    case 'english':
      return row.english ?? row.rendering;
    case 'annotator':
      return row.annotator;
  }
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Text order: by document title, then where the statistic starts (orphans last). */
export function compareTextOrder(a: StatisticRow, b: StatisticRow): number {
  return (
    collator.compare(a.documentTitle, b.documentTitle) ||
    a.documentSlug.localeCompare(b.documentSlug) ||
    (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER) ||
    a.annotationId.localeCompare(b.annotationId)
  );
}

/** A sorted copy: by `key` in `direction`, empty values last, then text order. Without a key: text order. */
export function sortStatisticRows(rows: readonly StatisticRow[], sort?: { key: StatisticSortKey; direction: 'asc' | 'desc' }): StatisticRow[] {
  const sign = sort?.direction === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort) {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      if (x === null && y !== null) return 1;
      if (y === null && x !== null) return -1;
      if (x !== null && y !== null) {
        const order = compareValues(x, y);
        if (order !== 0) return sign * order;
      }
    }
    return compareTextOrder(a, b);
  });
}
