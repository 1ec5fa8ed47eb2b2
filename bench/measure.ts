// Timing helpers and the shape of one benchmark figure: a measured value, its baseline from the
// same run, their ratio and the target the ratio (or the value) must meet.

export interface Figure {
  name: string;
  /** What is measured and what it is compared with, in a few words. */
  what: string;
  value: number;
  baseline: number | null;
  unit: string;
  ratio: number | null;
  target: string;
  met: boolean | null;
  detail?: Record<string, number | string>;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Milliseconds `run` takes, best of `repeat` (the least disturbed run on a busy machine). */
export function bestOf(repeat: number, run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The figures as a fixed-width table. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = [
    ['benchmark', 'value', 'baseline', 'ratio', 'target', 'met'],
    ...figures.map((f) => [
      f.name,
      `${round(f.value)} ${f.unit}`,
      f.baseline === null ? '—' : `${round(f.baseline)} ${f.unit}`,
      f.ratio === null ? '—' : `${round(f.ratio, f.ratio < 0.1 ? 4 : 2)}×`,
      f.target,
      f.met === null ? '—' : f.met ? 'yes' : 'NO',
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')).join('\n');
}
