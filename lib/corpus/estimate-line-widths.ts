// Estimates the full line width (in characters) that each line was typeset against, so "a short
// line" means short for its own layout: a two-column page and a full-width abstract differ 2×.

const WINDOW = 9;
const REGIME_RATIO = 1.45;
const MIN_REGIME_LINES = 6;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(q * (sorted.length - 1))] ?? 0;
}

/**
 * For each line length (in reading order), the typical full width of its region. Regions are runs
 * whose rolling median stays within a factor of each other; a region's width is its 90th
 * percentile, since justified full lines vary by a few characters.
 */
export function estimateLineWidths(lengths: readonly number[]): number[] {
  if (lengths.length === 0) return [];
  const rolling = lengths.map((_, i) =>
    median(lengths.slice(Math.max(0, i - (WINDOW >> 1)), i + (WINDOW >> 1) + 1)),
  );
  const regimes: Array<{ from: number; to: number }> = [];
  let from = 0;
  let reference = rolling[0] ?? 0;
  for (let i = 1; i < lengths.length; i++) {
    const level = rolling[i] ?? 0;
    const ratio = reference > 0 && level > 0 ? Math.max(level / reference, reference / level) : 1;
    if (ratio > REGIME_RATIO) {
      regimes.push({ from, to: i });
      from = i;
      reference = level;
    }
  }
  regimes.push({ from, to: lengths.length });
  // Tiny regimes are noise (a table, a list of short items): fold them into a neighbour.
  const merged: Array<{ from: number; to: number }> = [];
  for (const regime of regimes) {
    const last = merged[merged.length - 1];
    if (last && (regime.to - regime.from < MIN_REGIME_LINES || last.to - last.from < MIN_REGIME_LINES)) {
      last.to = regime.to;
    } else {
      merged.push({ ...regime });
    }
  }
  const widths = new Array<number>(lengths.length).fill(0);
  for (const regime of merged) {
    const width = quantile(lengths.slice(regime.from, regime.to), 0.9);
    for (let i = regime.from; i < regime.to; i++) widths[i] = width;
  }
  return widths;
}
