// Cohen's kappa for two annotators who each put every item in one nominal category:
// κ = (p_o − p_e) / (1 − p_e), from the contingency table of their judgements (Cohen 1960).
import { undefinedCoefficient, type Coefficient } from './coefficient';

/**
 * κ from a square contingency table of counts: `table[i][j]` items the first annotator put in
 * category i and the second in category j. Computed in integers up to one final division,
 * κ = (n·Σ diagonal − Σ row_i·col_i) / (n² − Σ row_i·col_i), so a table and its transpose give
 * exactly the same value.
 */
export function cohenKappaFromTable(table: readonly (readonly number[])[]): Coefficient {
  const size = table.length;
  const rows = new Array<number>(size).fill(0);
  const columns = new Array<number>(size).fill(0);
  let n = 0;
  let diagonal = 0;
  table.forEach((row, i) => {
    if (row.length !== size) throw new RangeError('cohenKappaFromTable needs a square table');
    row.forEach((count, j) => {
      if (!Number.isInteger(count) || count < 0) throw new RangeError('cohenKappaFromTable needs counts');
      rows[i] = (rows[i] ?? 0) + count;
      columns[j] = (columns[j] ?? 0) + count;
      n += count;
      if (i === j) diagonal += count;
    });
  });
  if (n === 0) return undefinedCoefficient('noItems');
  const chance = rows.reduce((sum, row, i) => sum + row * (columns[i] ?? 0), 0);
  const observed = diagonal / n;
  const expected = chance / (n * n);
  if (chance === n * n) return undefinedCoefficient('noVariation', n, observed, expected);
  return { value: (n * diagonal - chance) / (n * n - chance), reason: null, observed, expected, items: n };
}

/** κ between two annotators' categories for the same items, in the same order. */
export function cohenKappa<T>(first: readonly T[], second: readonly T[]): Coefficient {
  if (first.length !== second.length) throw new RangeError('cohenKappa needs one judgement per item from each annotator');
  const index = new Map<T, number>();
  for (const value of [...first, ...second]) if (!index.has(value)) index.set(value, index.size);
  const table = Array.from({ length: index.size }, () => new Array<number>(index.size).fill(0));
  first.forEach((value, k) => {
    const i = index.get(value) ?? 0;
    const j = index.get(second[k] as T) ?? 0;
    const row = table[i];
    if (row) row[j] = (row[j] ?? 0) + 1;
  });
  return cohenKappaFromTable(table);
}
