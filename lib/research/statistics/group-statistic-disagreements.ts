// Statistics about the same thing that disagree across documents: rows with the same kind, the
// same thing counted (folded, a reduplicated plural read as its singular: `anak-anak` = `anak`),
// the same rate base and currency, found in two or more documents with two or more values.
import { foldText } from './fold-text';
import type { StatisticRow } from './statistic-row';

export interface StatisticDisagreement {
  /** What the group's rows count, as the first row writes it. */
  what: string;
  kind: string | null;
  /** Distinct documents and distinct values (a range counts as one value) in the group. */
  documents: number;
  values: number;
  /** In the order they were given (sort first to order them). */
  rows: StatisticRow[];
}

/** `anak-anak` → `anak`, `Orang` → `orang`: what is counted, compared loosely. */
export function normalizeWhat(what: string): string {
  return foldText(what)
    .split(' ')
    .map((word) => word.replace(/^(\p{L}+)-\1$/u, '$1'))
    .join(' ');
}

function groupKey(row: StatisticRow): string | null {
  if (row.what === null || row.value === null) return null;
  return JSON.stringify([row.kind, normalizeWhat(row.what), row.per, row.currency]);
}

/**
 * The groups of rows that disagree, by what they count (then kind); rows without a thing counted
 * or without a value are in no group, since nothing says what they would disagree about.
 */
export function groupStatisticDisagreements(rows: readonly StatisticRow[]): StatisticDisagreement[] {
  const groups = new Map<string, StatisticRow[]>();
  for (const row of rows) {
    const key = groupKey(row);
    if (key === null) continue;
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  const disagreements: StatisticDisagreement[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (!first || first.what === null) continue;
    const documents = new Set(group.map((row) => row.documentSlug)).size;
    const values = new Set(group.map((row) => `${row.value}|${row.valueMax}`)).size;
    if (documents >= 2 && values >= 2) disagreements.push({ what: first.what, kind: first.kind, documents, values, rows: group });
  }
  return disagreements.sort((a, b) => normalizeWhat(a.what).localeCompare(normalizeWhat(b.what)) || String(a.kind).localeCompare(String(b.kind)));
}
