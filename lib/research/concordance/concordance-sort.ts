// Sort orders of a concordance: reading order, or alphabetically by the words right after the
// hit, or by the words before it read backwards from the hit (the nearest word decides first),
// the classic KWIC sorts that bring repeated phrasings together.
import { AppError } from '../../errors';
import { tokenizeSearchText } from '../search/search-tokens';

export const CONCORDANCE_SORTS = ['position', 'left', 'right'] as const;
export type ConcordanceSort = (typeof CONCORDANCE_SORTS)[number];

export interface SortableLine {
  left: string;
  hit: string;
  right: string;
  /** Reading order: document, then offset. */
  documentOrder: number;
  start: number;
}

/** The left context's words, folded, nearest to the hit first. */
export function leftSortKey(left: string): string[] {
  return tokenizeSearchText(left)
    .map((token) => token.folded)
    .reverse();
}

/** The right context's words, folded, in reading order. */
export function rightSortKey(right: string): string[] {
  return tokenizeSearchText(right).map((token) => token.folded);
}

/** Word by word; a key that runs out first sorts first (`anak` before `anak jalanan`). */
function compareWords(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

function compareReading(a: SortableLine, b: SortableLine): number {
  return a.documentOrder - b.documentOrder || a.start - b.start;
}

/** A sorted copy; ties fall back to the hit's own words, then to reading order. */
export function sortConcordanceLines<T extends SortableLine>(lines: readonly T[], sort: ConcordanceSort): T[] {
  if (sort === 'position') return [...lines].sort(compareReading);
  const keyOf = sort === 'left' ? (line: T) => leftSortKey(line.left) : (line: T) => rightSortKey(line.right);
  const keyed = lines.map((line) => ({ line, key: keyOf(line), hit: rightSortKey(line.hit) }));
  keyed.sort((a, b) => compareWords(a.key, b.key) || compareWords(a.hit, b.hit) || compareReading(a.line, b.line));
  return keyed.map((entry) => entry.line);
}

/** The `sort` parameter: absent means reading order; anything unknown is a 400. */
export function parseConcordanceSort(value: string | null): ConcordanceSort {
  if (value === null || value === '') return 'position';
  const found = CONCORDANCE_SORTS.find((sort) => sort === value);
  if (!found) throw new AppError('search.invalidFilter', { filter: 'sort', value: value.slice(0, 80) });
  return found;
}
